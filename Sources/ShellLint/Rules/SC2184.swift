import Basics

/// Quote arguments to unset so they're not glob expanded.
///
/// `unset a[0]` is a glob: a file named `a0` in the current directory turns it into `unset a0`.
struct SC2184: ShellRule {
    let code = "SC2184"
    let severity = Severity.warning
    let summary = "Quote arguments to unset so they're not glob expanded."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "unset" {
            for argument in simple.arguments where argument.unquotedLiteralText.contains("[") {
                report.add(SourceSpan(at: argument.span.start))
            }
        }
    }
}
