import Basics

/// In POSIX sh, [[ ]] is undefined.
///
/// Use `[ … ]` in sh scripts.
struct SC3010: ShellRule {
    let code = "SC3010"
    let severity = Severity.warning
    let summary = "In POSIX sh, [[ ]] is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.commands {
            if case .doubleBracket = site.command.kind { report.add(site.command.span) }
        }
    }
}
