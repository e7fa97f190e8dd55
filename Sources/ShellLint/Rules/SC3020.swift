import Basics

/// In POSIX sh, &> is undefined.
///
/// In sh, `cmd &> file` runs `cmd` in the background and truncates `file`.
struct SC3020: ShellRule {
    let code = "SC3020"
    let severity = Severity.warning
    let summary = "In POSIX sh, &> is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.commands {
            for redirection in site.command.redirections where redirection.op.hasPrefix("&>") {
                report.add(redirection.span)
            }
        }
    }
}
