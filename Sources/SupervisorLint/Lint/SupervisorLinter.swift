import Basics

/// Lints supervisord configuration files with the project's PL2xxx rules, for configs that run
/// as a container's main process. Pure: text in, findings out.
public enum SupervisorLinter {
    /// The code of a line supervisord's parser would reject.
    public static let syntaxErrorCode = "PL2000"

    /// Every rule, for documentation and the registry test.
    public static var rules: [SupervisorRuleInfo] {
        RuleRegistry.all.map { SupervisorRuleInfo(code: $0.code, severity: $0.severity, message: $0.message) }
    }

    /// Lints `source`; findings name `file`. Codes in `ignored` are not reported.
    public static func lint(source: String, file: String, ignored: Set<String> = []) -> [Finding] {
        let config = SupervisorParser.parse(source)
        var hits = config.syntaxErrors.map {
            RuleHit(code: syntaxErrorCode, severity: .error, message: "Syntax error: \($0.message)",
                    span: SourceSpan(at: $0.location), anchorLine: $0.location.line)
        }
        let context = LintContext(config: config)
        for rule in RuleRegistry.all where !ignored.contains(rule.code) {
            var report = RuleReport(rule: rule)
            rule.check(context, &report)
            hits += report.hits
        }
        let filter = PragmaFilter(config: config)
        var seen = Set<Finding>()
        var findings: [Finding] = []
        for hit in hits where !ignored.contains(hit.code) && !filter.suppresses(hit) {
            let finding = Finding(file: file, span: hit.span, code: hit.code, severity: hit.severity, message: hit.message)
            if seen.insert(finding).inserted { findings.append(finding) }
        }
        return findings.sorted { lhs, rhs in
            if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
            return lhs.code < rhs.code
        }
    }
}

/// A rule's code, severity and message, for documentation.
public struct SupervisorRuleInfo: Sendable, Hashable {
    public var code: String
    public var severity: Severity
    public var message: String
}
