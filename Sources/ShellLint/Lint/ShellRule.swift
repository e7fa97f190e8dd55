import Basics

/// A check: a ShellCheck code, its default severity and message, and the function that finds it.
protocol ShellRule: Rule where Context == ShellLintContext {
    var code: String { get }
    var severity: Severity { get }
    /// The rule's message (the first line of its doc comment).
    var summary: String { get }
    /// The name that turns on a rule that is off by default (`enable=useless-use-of-cat`).
    var optionalName: String? { get }
}

extension ShellRule {
    var optionalName: String? { nil }

    var info: RuleInfo { RuleInfo(code: code, severity: severity, message: summary, isEnabledByDefault: optionalName == nil) }
}

extension RuleReport {
    /// Reports at `span` (in the linted text) with the rule's message, or `message` when the
    /// rule words it per case.
    mutating func add(_ span: SourceSpan, _ message: String? = nil) {
        add(at: span, message: message)
    }
}
