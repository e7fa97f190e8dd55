import Basics

/// One check: code, severity, message and the function that finds violations.
struct SupervisorRule: Rule {
    var code: String
    var severity: Severity
    var message: String
    var body: @Sendable (LintContext, inout RuleReport) -> Void

    init(code: String, severity: Severity, message: String, check: @escaping @Sendable (LintContext, inout RuleReport) -> Void) {
        self.code = code
        self.severity = severity
        self.message = message
        body = check
    }

    var info: RuleInfo { RuleInfo(code: code, severity: severity, message: message) }

    func check(_ context: LintContext, _ report: inout RuleReport) { body(context, &report) }
}

extension RuleReport {
    /// Reports on a key, at `span` when given (a word inside the value), else at its value;
    /// `; pipeline ignore=` above the key silences it.
    mutating func add(_ entry: ConfigEntry, at span: SourceSpan? = nil, message: String? = nil) {
        add(at: span ?? entry.valueSpan, anchorLine: entry.line, message: message)
    }

    /// Reports on a section as a whole (something missing from it), at the name in its header.
    mutating func add(_ section: ConfigSection, message: String? = nil) {
        add(at: section.nameSpan, anchorLine: section.line, message: message)
    }
}
