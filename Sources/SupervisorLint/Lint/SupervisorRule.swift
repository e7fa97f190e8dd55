import Basics

/// One check: code, severity, message and the function that finds violations.
struct SupervisorRule: Sendable {
    var code: String
    var severity: Severity
    var message: String
    var check: @Sendable (LintContext, inout RuleReport) -> Void
}

/// Where a rule found a problem, before pragmas are applied.
struct RuleHit: Sendable {
    var code: String
    var severity: Severity
    var message: String
    var span: SourceSpan
    /// The line of the key or section header the hit belongs to, for `; pipeline ignore=`.
    var anchorLine: Int
}

/// Collects a rule's hits with its code, severity and message.
struct RuleReport {
    let rule: SupervisorRule
    var hits: [RuleHit] = []

    init(rule: SupervisorRule) {
        self.rule = rule
    }

    /// Reports on a key, at `span` when given (a word inside the value), else at its value.
    mutating func add(_ entry: ConfigEntry, at span: SourceSpan? = nil, message: String? = nil) {
        hits.append(RuleHit(code: rule.code, severity: rule.severity, message: message ?? rule.message,
                            span: span ?? entry.valueSpan, anchorLine: entry.line))
    }

    /// Reports on a section as a whole (something missing from it), at the name in its header.
    mutating func add(_ section: ConfigSection, message: String? = nil) {
        hits.append(RuleHit(code: rule.code, severity: rule.severity, message: message ?? rule.message,
                            span: section.nameSpan, anchorLine: section.line))
    }
}
