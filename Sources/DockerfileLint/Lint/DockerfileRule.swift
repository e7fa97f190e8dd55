import Basics

/// One check: code, default severity, message and the function that finds violations.
struct DockerfileRule: Sendable {
    var code: String
    var severity: Severity
    var message: String
    /// Rules off by default (DL1001, DL3057, DL3063) run only when the config sets their severity.
    var isEnabledByDefault: Bool
    var check: @Sendable (LintContext, inout RuleReport) -> Void

    init(code: String, severity: Severity, message: String, isEnabledByDefault: Bool = true,
         check: @escaping @Sendable (LintContext, inout RuleReport) -> Void) {
        self.code = code
        self.severity = severity
        self.message = message
        self.isEnabledByDefault = isEnabledByDefault
        self.check = check
    }
}

/// Where a rule found a problem, before pragmas and overrides are applied.
struct RuleHit: Sendable {
    var code: String
    var severity: Severity
    var message: String
    var span: SourceSpan
    /// The line of the instruction the hit belongs to, for `# hadolint ignore=` (0: none).
    var anchorLine: Int
}

/// Collects a rule's hits with its code, severity and message.
struct RuleReport {
    let rule: DockerfileRule
    var hits: [RuleHit] = []

    init(rule: DockerfileRule) {
        self.rule = rule
    }

    /// Reports on `item`, at `span` when given (a word or command inside it), else at the instruction.
    mutating func add(_ item: LintedInstruction, at span: SourceSpan? = nil, message: String? = nil) {
        let location = span ?? SourceSpan(start: item.span.start, end: item.instruction.keywordSpan.end)
        hits.append(RuleHit(code: rule.code, severity: rule.severity, message: message ?? rule.message, span: location,
                            anchorLine: item.anchorLine))
    }

    /// Reports at a position not tied to one instruction (a missing label, the whole file).
    mutating func add(at location: SourceLocation, anchorLine: Int = 0, message: String? = nil) {
        hits.append(RuleHit(code: rule.code, severity: rule.severity, message: message ?? rule.message,
                            span: SourceSpan(at: location), anchorLine: anchorLine))
    }
}
