import Basics

/// In POSIX sh, here-strings are undefined.
///
/// `<<<` is a bash/ksh extension; use a here-doc or a pipe.
struct SC3011: ShellRule {
    let code = "SC3011"
    let severity = Severity.warning
    let summary = "In POSIX sh, here-strings are undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.commands {
            for redirection in site.command.redirections where redirection.op == "<<<" {
                report.add(redirection.span)
            }
        }
    }
}
