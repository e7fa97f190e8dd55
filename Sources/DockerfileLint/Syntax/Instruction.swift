import Basics

/// The instructions a Dockerfile may contain.
public enum InstructionKind: String, Sendable, Hashable, CaseIterable {
    case from = "FROM", run = "RUN", cmd = "CMD", label = "LABEL", maintainer = "MAINTAINER"
    case expose = "EXPOSE", env = "ENV", add = "ADD", copy = "COPY", entrypoint = "ENTRYPOINT"
    case volume = "VOLUME", user = "USER", workdir = "WORKDIR", arg = "ARG", onbuild = "ONBUILD"
    case stopsignal = "STOPSIGNAL", healthcheck = "HEALTHCHECK", shell = "SHELL"
}

/// One instruction with the position of every part: keyword, flags, words and bodies.
public struct Instruction: Sendable, Hashable {
    public var kind: InstructionKind
    /// The keyword as written (`run`, `Run`, `RUN`).
    public var keyword: String
    public var keywordSpan: SourceSpan
    /// From the keyword to the end of the last continuation line or heredoc delimiter.
    public var span: SourceSpan
    /// `--name=value` options before the arguments.
    public var flags: [InstructionFlag]
    /// The text after the flags with continuations joined, as Docker sees it.
    public var argumentText: String
    public var argumentSpan: SourceSpan
    /// The arguments split into words (quotes removed in `value`); for exec form, the array's strings.
    public var words: [InstructionWord]
    /// The JSON array of exec form, when the arguments are one (`RUN ["a", "b"]`).
    public var exec: [InstructionWord]?
    /// The shell form body of RUN, CMD, ENTRYPOINT and HEALTHCHECK CMD, with its heredocs.
    public var shell: ShellSource?
    /// `<<EOF` bodies that follow the instruction (RUN, COPY, ADD).
    public var heredocs: [DockerHeredoc]
    /// `key=value` pairs of ENV, LABEL and ARG (ARG's value is nil without a default).
    public var pairs: [KeyValuePair]
    /// FROM's image and stage name.
    public var from: FromClause?
    /// HEALTHCHECK NONE.
    public var isHealthcheckNone: Bool
    /// The instruction ONBUILD wraps (zero or one element; an array keeps the type finite).
    public var triggered: [Instruction]

    public init(kind: InstructionKind, keyword: String, keywordSpan: SourceSpan, span: SourceSpan) {
        self.kind = kind
        self.keyword = keyword
        self.keywordSpan = keywordSpan
        self.span = span
        flags = []
        argumentText = ""
        argumentSpan = SourceSpan(at: span.end)
        words = []
        exec = nil
        shell = nil
        heredocs = []
        pairs = []
        from = nil
        isHealthcheckNone = false
        triggered = []
    }

    /// The first flag named `name` (without dashes).
    public func flag(_ name: String) -> InstructionFlag? {
        flags.first { $0.name.lowercased() == name }
    }

    /// Whether the arguments are in exec (JSON) form.
    public var isExecForm: Bool { exec != nil }
}

/// `--mount=type=cache,target=/x`: the name without dashes and the value as written.
public struct InstructionFlag: Sendable, Hashable {
    public var name: String
    public var value: String?
    public var span: SourceSpan
    public var valueSpan: SourceSpan?

    public init(name: String, value: String?, span: SourceSpan, valueSpan: SourceSpan?) {
        self.name = name
        self.value = value
        self.span = span
        self.valueSpan = valueSpan
    }

    /// `key=value` items of a comma-separated value (`--mount`), keys lowercased, in any order.
    public var options: [String: String] {
        var result: [String: String] = [:]
        for item in (value ?? "").split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1)
            guard let key = parts.first else { continue }
            result[key.lowercased()] = parts.count > 1 ? String(parts[1]) : ""
        }
        return result
    }
}

/// A word of the arguments: `raw` as written, `value` with quotes and escapes removed.
public struct InstructionWord: Sendable, Hashable {
    public var raw: String
    public var value: String
    public var span: SourceSpan

    public init(raw: String, value: String, span: SourceSpan) {
        self.raw = raw
        self.value = value
        self.span = span
    }
}

/// `key=value` in ENV, LABEL, ARG.
public struct KeyValuePair: Sendable, Hashable {
    public var key: String
    public var value: String?
    public var span: SourceSpan
    public var keySpan: SourceSpan

    public init(key: String, value: String?, span: SourceSpan, keySpan: SourceSpan) {
        self.key = key
        self.value = value
        self.span = span
        self.keySpan = keySpan
    }
}

/// `FROM [--platform=…] image [AS name]`.
public struct FromClause: Sendable, Hashable {
    public var image: FromImage
    public var imageSpan: SourceSpan
    public var alias: String?
    public var aliasSpan: SourceSpan?

    public init(image: FromImage, imageSpan: SourceSpan, alias: String?, aliasSpan: SourceSpan?) {
        self.image = image
        self.imageSpan = imageSpan
        self.alias = alias
        self.aliasSpan = aliasSpan
    }
}
