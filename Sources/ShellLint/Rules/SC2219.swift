import Basics

/// Instead of 'let expr', prefer (( expr )) .
///
/// `(( ))` needs no quoting of `*` and `<`.
struct SC2219: ShellRule {
    let code = "SC2219"
    let severity = Severity.style
    let summary = "Instead of 'let expr', prefer (( expr )) ."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard !context.dialect.isPOSIX else { return }
        for (simple, _) in context.simpleCommands where simple.name == "let" {
            report.add(simple.words[0].span)
        }
    }
}
