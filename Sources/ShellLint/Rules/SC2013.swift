import Basics

/// To read lines rather than words, pipe/redirect to a 'while read' loop.
///
/// `for line in $(cat file)` iterates over words, not lines.
struct SC2013: ShellRule {
    let code = "SC2013"
    let severity = Severity.info
    let summary = "To read lines rather than words, pipe/redirect to a 'while read' loop."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for span in SC2045.loopItemsRunning("cat", context) { report.add(span) }
    }
}
