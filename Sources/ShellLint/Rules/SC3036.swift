import Basics

/// In dash, echo flags besides -n not supported.
///
/// dash's `echo` always expands escapes and knows only `-n`; `-e` and `-E` are printed.
struct SC3036: ShellRule {
    let code = "SC3036"
    let severity = Severity.error
    let summary = "In dash, echo flags besides -n not supported."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        // ShellCheck checks ash scripts as dash.
        guard context.dialect == .dash || context.dialect == .ash else { return }
        for flags in SC3037.echoFlags(context) where flags.literalText != "-n" {
            report.add(flags.span)
        }
    }
}
