import Basics

/// What the parser returns: the tree (partial when parsing stopped) and SC1xxx findings.
public struct ShellParseResult: Sendable {
    public var script: ShellScript
    /// Parse problems, each with its ShellCheck code; positions are 1-based.
    public var findings: [ParseFinding]
    /// Whether parsing stopped at an error (the tree then holds what came before it).
    public var isComplete: Bool

    public init(script: ShellScript, findings: [ParseFinding], isComplete: Bool) {
        self.script = script
        self.findings = findings
        self.isComplete = isComplete
    }
}

/// A problem the parser found, before it is tied to a file.
public struct ParseFinding: Sendable, Hashable {
    public var code: String
    public var severity: Severity
    public var message: String
    public var span: SourceSpan

    public init(code: String, severity: Severity, message: String, span: SourceSpan) {
        self.code = code
        self.severity = severity
        self.message = message
        self.span = span
    }
}
