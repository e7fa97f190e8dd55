import Basics

/// Remove backticks to avoid executing output (or use eval if intentional).
///
/// The backtick form of SC2091: `` `cmd` `` alone runs cmd's output as a command.
struct SC2092: ShellRule {
    let code = "SC2092"
    let severity = Severity.warning
    let summary = "Remove backticks to avoid executing output (or use eval if intentional)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for span in SC2091.executedOutput(context, backquoted: true) { report.add(span) }
    }
}
