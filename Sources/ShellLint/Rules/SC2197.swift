import Basics

/// fgrep is non-standard and deprecated. Use grep -F instead.
///
/// GNU grep 3.8 warns on every fgrep call.
struct SC2197: ShellRule {
    let code = "SC2197"
    let severity = Severity.info
    let summary = "fgrep is non-standard and deprecated. Use grep -F instead."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, command) in context.simpleCommands where simple.name == "fgrep" {
            report.add(command.span)
        }
    }
}
