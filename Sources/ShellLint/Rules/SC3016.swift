import Basics

/// In POSIX sh, unary -v (in place of [ -n "${var+x}" ]) is undefined.
///
/// `-v` to test whether a variable is set is a bash extension.
struct SC3016: ShellRule {
    let code = "SC3016"
    let severity = Severity.warning
    let summary = "In POSIX sh, unary -v (in place of [ -n \"${var+x}\" ]) is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for (simple, _) in context.simpleCommands where simple.name == "[" || simple.name == "test" {
            if let first = simple.arguments.first, first.literalText == "-v", simple.arguments.count > 1 {
                report.add(first.span)
            }
        }
    }
}
