import Basics

/// In POSIX sh, standalone ((..)) is undefined.
///
/// Use `[ $((…)) -ne 0 ]` or an assignment.
struct SC3006: ShellRule {
    let code = "SC3006"
    let severity = Severity.warning
    let summary = "In POSIX sh, standalone ((..)) is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.commands {
            if case .arithmetic = site.command.kind { report.add(site.command.span) }
        }
    }
}
