import Basics

/// In POSIX sh, 'source' in place of '.' is undefined.
///
/// Use `. file`.
struct SC3046: ShellRule {
    let code = "SC3046"
    let severity = Severity.warning
    let summary = "In POSIX sh, 'source' in place of '.' is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for (simple, _) in context.simpleCommands where simple.name == "source" {
            report.add(simple.words[0].span)
        }
    }
}
