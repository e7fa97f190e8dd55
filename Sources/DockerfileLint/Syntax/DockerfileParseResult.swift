import Basics

/// What `DockerfileParser.parse` returns: the instructions that parsed, comments, directives and
/// a `DL1000` finding when the text stopped parsing.
public struct DockerfileParseResult: Sendable, Hashable {
    public var instructions: [Instruction]
    public var comments: [DockerfileComment]
    public var directives: [ParserDirective]
    /// The escape character in effect (`\` or `` ` ``).
    public var escape: Unicode.Scalar
    /// `DL1000` for the first syntax error (positions are in the file; `file` is empty).
    public var findings: [Finding]

    public init(instructions: [Instruction], comments: [DockerfileComment], directives: [ParserDirective],
                escape: Unicode.Scalar, findings: [Finding]) {
        self.instructions = instructions
        self.comments = comments
        self.directives = directives
        self.escape = escape
        self.findings = findings
    }

    /// Whether the whole text parsed.
    public var isComplete: Bool { findings.isEmpty }
}

/// A `# …` line (text after `#`, trimmed).
public struct DockerfileComment: Sendable, Hashable {
    public var text: String
    public var span: SourceSpan

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }
}

/// `# syntax=…`, `# escape=…`, `# check=…` at the top of the file.
public struct ParserDirective: Sendable, Hashable {
    /// Lowercased name.
    public var name: String
    public var value: String
    public var span: SourceSpan

    public init(name: String, value: String, span: SourceSpan) {
        self.name = name
        self.value = value
        self.span = span
    }
}
