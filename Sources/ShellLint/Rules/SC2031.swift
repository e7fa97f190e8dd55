import Basics

/// (variable) was modified in a subshell. That change might be lost.
///
/// The read after the subshell sees the value from before it.
struct SC2031: ShellRule {
    let code = "SC2031"
    let severity = Severity.info
    let summary = "(variable) was modified in a subshell. That change might be lost."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for read in SubshellChanges(context).staleReads {
            report.add(read.span, "\(read.name) was modified in a subshell. That change might be lost.")
        }
    }
}
