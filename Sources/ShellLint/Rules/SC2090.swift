import Basics

/// Quotes/backslashes in this variable will not be respected.
///
/// The expansion of a variable assigned quoted text (see SC2089).
struct SC2090: ShellRule {
    let code = "SC2090"
    let severity = Severity.warning
    let summary = "Quotes/backslashes in this variable will not be respected."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for name in SC2089.quoteHoldingAssignments(context).keys {
            for span in SC2089.unquotedUses(of: name, context) { report.add(span) }
        }
    }
}
