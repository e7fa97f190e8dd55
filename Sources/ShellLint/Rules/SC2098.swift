import Basics

/// This expansion will not see the mentioned assignment.
///
/// The other half of SC2097: in `A=1 cmd $A`, `$A` is expanded before `A=1` takes effect.
struct SC2098: ShellRule {
    let code = "SC2098"
    let severity = Severity.warning
    let summary = "This expansion will not see the mentioned assignment."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (_, uses) in SC2097.prefixAssignmentsSeenTooEarly(context) {
            for use in uses { report.add(use.span) }
        }
    }
}
