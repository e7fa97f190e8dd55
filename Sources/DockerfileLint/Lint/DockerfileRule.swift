import Basics

/// One check: code, default severity, message and the function that finds violations.
struct DockerfileRule: Rule {
    var code: String
    var severity: Severity
    var message: String
    /// Rules off by default (DL1001, DL3057, DL3063) run only when the config sets their severity.
    var isEnabledByDefault: Bool
    var body: @Sendable (LintContext, inout RuleReport) -> Void

    init(code: String, severity: Severity, message: String, isEnabledByDefault: Bool = true,
         check: @escaping @Sendable (LintContext, inout RuleReport) -> Void) {
        self.code = code
        self.severity = severity
        self.message = message
        self.isEnabledByDefault = isEnabledByDefault
        body = check
    }

    var info: RuleInfo { RuleInfo(code: code, severity: severity, message: message, isEnabledByDefault: isEnabledByDefault) }

    func check(_ context: LintContext, _ report: inout RuleReport) { body(context, &report) }
}

extension RuleReport {
    /// Reports on `item`, at `span` when given (a word or command inside it), else at the
    /// instruction; `# hadolint ignore=` above the instruction silences it.
    mutating func add(_ item: LintedInstruction, at span: SourceSpan? = nil, message: String? = nil) {
        add(at: span ?? SourceSpan(start: item.span.start, end: item.instruction.keywordSpan.end), anchorLine: item.anchorLine, message: message)
    }

    /// Reports at a position not tied to one instruction (a missing label, the whole file).
    mutating func add(at location: SourceLocation, anchorLine: Int = 0, message: String? = nil) {
        add(at: SourceSpan(at: location), anchorLine: anchorLine, message: message)
    }
}
