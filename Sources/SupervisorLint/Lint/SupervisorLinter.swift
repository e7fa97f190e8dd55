import Basics

/// Lints supervisord configuration files with the project's PL2xxx rules, for configs that run
/// as a container's main process. Pure: text in, findings out.
public enum SupervisorLinter {
    /// The code of a line supervisord's parser would reject.
    public static let syntaxErrorCode = "PL2000"

    /// Every rule, for documentation and the registry test.
    public static var rules: [RuleInfo] { RuleRegistry.all.map(\.info) }

    /// Lints `source`; findings name `file`. Codes in `ignored` are not reported.
    public static func lint(source: String, file: String, ignored: Set<String> = []) -> [Finding] {
        let config = SupervisorParser.parse(source)
        var hits = config.syntaxErrors.map {
            RuleHit(code: syntaxErrorCode, severity: .error, message: "Syntax error: \($0.message)",
                    span: SourceSpan(at: $0.location), anchorLine: $0.location.line)
        }
        let context = LintContext(config: config)
        for rule in RuleRegistry.all where !ignored.contains(rule.code) {
            hits += rule.hits(in: context)
        }
        let suppressions = Pragma.suppressions(in: config)
        return Finding.ordered(hits.filter { !ignored.contains($0.code) && !suppressions.suppresses($0) }.map {
            Finding(file: file, span: $0.span, code: $0.code, severity: $0.severity, message: $0.message)
        })
    }
}
