import Basics

/// Consider using pgrep instead of grepping ps output.
///
/// `ps | grep` also matches the grep itself and depends on ps's output format.
struct SC2009: ShellRule {
    let code = "SC2009"
    let severity = Severity.info
    let summary = "Consider using pgrep instead of grepping ps output."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (first, second) in context.pipedPairs
        where first.simple?.name == "ps" && second.simple?.name == "grep" {
            report.add(first.span)
        }
    }
}
