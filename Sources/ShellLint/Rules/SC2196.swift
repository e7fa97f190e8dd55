import Basics

/// egrep is non-standard and deprecated. Use grep -E instead.
///
/// GNU grep 3.8 warns on every egrep call.
struct SC2196: ShellRule {
    let code = "SC2196"
    let severity = Severity.info
    let summary = "egrep is non-standard and deprecated. Use grep -E instead."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, command) in context.simpleCommands where simple.name == "egrep" {
            report.add(command.span)
        }
    }
}
