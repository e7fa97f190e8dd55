import Basics

/// In POSIX sh, 'let' is undefined.
///
/// Use `x=$((…))` instead.
struct SC3039: ShellRule {
    let code = "SC3039"
    let severity = Severity.warning
    let summary = "In POSIX sh, 'let' is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for (simple, _) in context.simpleCommands where simple.name == "let" {
            report.add(simple.words[0].span)
        }
    }
}
