import Basics

/// Lints Dockerfiles with hadolint's rule codes (DL…), ShellCheck's on RUN bodies (SC…) and
/// the project's own (PL…). Pure: text and configuration in, findings out.
public enum DockerfileLinter {
    /// Every rule, for documentation and the registry test.
    public static var rules: [RuleInfo] { RuleRegistry.all.map(\.info) }

    /// Lints `source`; findings name `file`. `scripts` maps context paths to the text of files the
    /// image runs (the ENTRYPOINT script), for the checks that read them.
    public static func lint(source: String, file: String, config: DockerfileLintConfig = DockerfileLintConfig(),
                            scripts: [String: String] = [:]) -> [Finding] {
        let parsed = DockerfileParser.parse(source)
        if let failure = parsed.findings.first {
            // As hadolint: a file that does not parse yields only the syntax error.
            var finding = failure
            finding.file = file
            return config.ignored.contains(finding.code) ? [] : [finding]
        }
        let context = LintContext(parse: parsed, config: config, scripts: scripts)
        var hits: [RuleHit] = []
        for rule in RuleRegistry.all where isEnabled(rule, config) {
            hits += rule.hits(in: context)
        }
        let pragmas = parsed.comments.compactMap(Pragma.init(comment:))
        hits += ShellCheckBridge.hits(context: context, pragmas: pragmas)
        let suppressions = Pragma.suppressions(config.disableIgnorePragma ? [] : pragmas, context: context)
        // As hadolint, a DL rule reports an instruction once (the first place it found), unless
        // its messages differ (one per missing label).
        var reported = Set<String>()
        var findings: [Finding] = []
        for hit in hits where !config.ignored.contains(hit.code) && !suppressions.suppresses(hit) {
            if !hit.code.hasPrefix("SC"), hit.anchorLine > 0,
               !reported.insert("\(hit.code) \(hit.anchorLine) \(hit.message)").inserted {
                continue
            }
            findings.append(Finding(file: file, span: hit.span, code: hit.code,
                                    severity: config.severityOverrides[hit.code] ?? hit.severity, message: hit.message))
        }
        return Finding.ordered(findings)
    }

    static func isEnabled(_ rule: DockerfileRule, _ config: DockerfileLintConfig) -> Bool {
        if config.ignored.contains(rule.code) { return false }
        return rule.isEnabledByDefault || config.severityOverrides[rule.code] != nil
    }
}


