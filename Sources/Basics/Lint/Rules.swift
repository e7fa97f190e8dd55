/// The rule framework the three checkers share: what a rule is, what it reports, how reports
/// are collected, silenced by pragmas and turned into findings. Each checker adds only what is
/// its own: its context type, its rules, its pragma syntax, and `add` helpers in its own terms
/// (an instruction, a key, a shell word).

/// A rule's identity: its code (`DL3008`, `SC2086`, `PL2001`), default severity and message.
public struct RuleInfo: Sendable, Hashable {
    public var code: String
    public var severity: Severity
    public var message: String
    /// Rules that run only when a configuration turns them on.
    public var isEnabledByDefault: Bool

    public init(code: String, severity: Severity, message: String, isEnabledByDefault: Bool = true) {
        self.code = code
        self.severity = severity
        self.message = message
        self.isEnabledByDefault = isEnabledByDefault
    }
}

/// A check over one checker's view of a file.
public protocol Rule<Context>: Sendable {
    associatedtype Context
    var info: RuleInfo { get }
    func check(_ context: Context, _ report: inout RuleReport)
}

/// Where a rule found a problem, before pragmas and configuration apply.
public struct RuleHit: Sendable, Hashable {
    public var code: String
    public var severity: Severity
    public var message: String
    public var span: SourceSpan
    /// The line whose pragmas apply to the hit (the instruction or key it belongs to); 0 when
    /// the hit's own line does.
    public var anchorLine: Int

    public init(code: String, severity: Severity, message: String, span: SourceSpan, anchorLine: Int = 0) {
        self.code = code
        self.severity = severity
        self.message = message
        self.span = span
        self.anchorLine = anchorLine
    }

    /// The line pragmas are looked up for.
    public var pragmaLine: Int { anchorLine > 0 ? anchorLine : span.start.line }
}

/// Collects one rule's hits with its code, severity and message.
public struct RuleReport: Sendable {
    public let rule: RuleInfo
    public private(set) var hits: [RuleHit] = []

    public init(rule: RuleInfo) {
        self.rule = rule
    }

    /// Reports at `span` with the rule's message, or `message` when the rule words it per case.
    public mutating func add(at span: SourceSpan, anchorLine: Int = 0, message: String? = nil) {
        hits.append(RuleHit(code: rule.code, severity: rule.severity, message: message ?? rule.message, span: span, anchorLine: anchorLine))
    }
}

extension Rule {
    /// Runs the rule and returns what it found.
    public func hits(in context: Context) -> [RuleHit] {
        var report = RuleReport(rule: info)
        check(context, &report)
        return report.hits
    }
}

/// Codes silenced by pragmas: everywhere, or over ranges of lines (one instruction, a stage, a
/// section).
public struct Suppressions: Sendable {
    public var everywhere: Set<String> = []
    public private(set) var ranges: [(lines: ClosedRange<Int>, codes: Set<String>)] = []

    public init() {}

    public mutating func ignore(_ codes: Set<String>, lines: ClosedRange<Int>) {
        ranges.append((lines, codes))
    }

    public func suppresses(_ hit: RuleHit) -> Bool {
        if everywhere.contains(hit.code) { return true }
        let line = hit.pragmaLine
        return ranges.contains { $0.lines.contains(line) && $0.codes.contains(hit.code) }
    }
}

extension Finding {
    /// Findings in the order every checker reports them: by position, then code; each once.
    public static func ordered(_ findings: [Finding]) -> [Finding] {
        var seen = Set<Finding>()
        return findings.filter { seen.insert($0).inserted }.sorted { lhs, rhs in
            if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
            return lhs.code < rhs.code
        }
    }
}
