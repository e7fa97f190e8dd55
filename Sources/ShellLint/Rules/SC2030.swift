import Basics

/// Modification of (variable) is local (to subshell caused by (cause)).
///
/// A variable set inside a pipeline, `( … )` or `$( … )` keeps its old value outside it.
struct SC2030: ShellRule {
    let code = "SC2030"
    let severity = Severity.info
    let summary = "Modification of (variable) is local (to subshell caused by (cause))."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for change in SubshellChanges(context).lostAssignments {
            report.add(change.span, "Modification of \(change.name) is local (to subshell caused by \(change.cause)).")
        }
    }
}
