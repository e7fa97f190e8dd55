import Basics

/// In POSIX sh, 'local' is undefined.
///
/// sh has no function-local variables (dash and busybox ash do).
struct SC3043: ShellRule {
    let code = "SC3043"
    let severity = Severity.warning
    let summary = "In POSIX sh, 'local' is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        guard context.isStrictSh else { return }
        for (simple, _) in context.simpleCommands where simple.name == "local" {
            report.add(simple.words[0].span)
        }
    }
}
