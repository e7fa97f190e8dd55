import Basics

/// A check: a ShellCheck code, its default severity and message, and the function that finds it.
protocol ShellRule: Sendable {
    var code: String { get }
    var severity: Severity { get }
    /// The rule's message (the first line of its doc comment).
    var summary: String { get }
    /// The name that turns on a rule that is off by default (`enable=useless-use-of-cat`).
    var optionalName: String? { get }
    func check(_ context: ShellLintContext, _ report: inout RuleReport)
}

extension ShellRule {
    var optionalName: String? { nil }
}

/// Collects one rule's findings; positions are in the linted text.
struct RuleReport {
    let code: String
    let severity: Severity
    let summary: String
    var findings: [Finding] = []

    /// Reports at `span` with the rule's message, or `message` when the rule words it per case.
    mutating func add(_ span: SourceSpan, _ message: String? = nil) {
        findings.append(Finding(file: "", span: span, code: code, severity: severity,
                                message: message ?? summary))
    }
}

/// The public description of a rule, for documentation and `--list-rules`.
public struct ShellRuleInfo: Sendable, Hashable {
    public let code: String
    public let severity: Severity
    public let summary: String
    /// For rules that are off unless enabled: the name `enable=` accepts (the code works too).
    public let optionalName: String?
}
