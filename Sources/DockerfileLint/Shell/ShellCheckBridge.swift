import Basics
import ShellLint

/// Runs ShellLint on every RUN script with the SHELL in effect and maps positions back to the
/// exact line and column inside the Dockerfile.
enum ShellCheckBridge {
    static func hits(context: LintContext, pragmas: [Pragma]) -> [RuleHit] {
        let shellOverride = pragmas.compactMap { pragma -> String? in
            if case .shell(let name) = pragma.kind { return name }
            return nil
        }.last
        var hits: [RuleHit] = []
        // ARG and ENV names declared so far count as set; gathered in one pass, per stage, and
        // a stage built `FROM` an earlier one starts with that one's names.
        let global = predefined.union(context.globalArgs.keys)
        var names = global
        var namesOfStage: [Int: Set<String>] = [:]
        var stage = -1
        // ONBUILD RUNs are checked too: they run in every image built on this one.
        for item in context.instructions {
            if item.kind == .from {
                namesOfStage[stage] = names
                stage = item.stage
                let base = item.stage >= 0 && item.stage < context.stages.count ? context.stages[item.stage].baseStage : nil
                names = base.flatMap { namesOfStage[$0] } ?? global
            }
            if item.kind == .arg || item.kind == .env { names.formUnion(item.instruction.pairs.map(\.key)) }
            guard item.kind == .run else { continue }
            var shell = item.shell
            if let shellOverride { shell = ShellInEffect(argv: [shellOverride, "-c"]) }
            // PowerShell and cmd bodies are not shell scripts; hadolint checks them anyway.
            guard !shell.isNonPosix else { continue }
            for script in LintContext.scripts(of: item.instruction, shell: shell) {
                var options = ShellLintOptions()
                if script.fromShebang {
                    options.defaultDialect = script.dialect
                } else {
                    guard let dialect = script.dialect else { continue }
                    options.dialect = dialect
                }
                options.assignedNames = names
                options.disabledCodes = excluded
                let text = script.source.text
                let parsed = context.shellParses.parse(text, dialect: ShellLinter.dialect(of: text, options: options))
                let findings = ShellLinter.lint(parsed, file: "", options: options)
                for finding in findings {
                    hits.append(RuleHit(code: finding.code, severity: finding.severity, message: finding.message,
                                        span: script.source.dockerfileSpan(finding.span), anchorLine: item.anchorLine))
                }
            }
        }
        return hits
    }

    /// Checks that cannot apply inside a Dockerfile, as hadolint excludes them: SC1090 and SC1091
    /// want a sourced file the linter cannot see (it lives in the image, not beside the
    /// Dockerfile) or a `# shellcheck source=` directive a RUN cannot carry; SC2187 is about ash
    /// support.
    static let excluded = ["SC1090", "SC1091", "SC2187"].compactMap(CodePattern.init)

    /// Build args Docker predefines, which RUN sees as set.
    static let predefined: Set<String> = [
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy",
        "ALL_PROXY", "all_proxy", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM",
        "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    ]
}
