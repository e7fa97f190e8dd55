import Basics

/// For loops over find output are fragile. Use find -exec or a while read loop.
///
/// `for f in $(find …)` splits file names on blanks and globs them.
struct SC2044: ShellRule {
    let code = "SC2044"
    let severity = Severity.warning
    let summary = "For loops over find output are fragile. Use find -exec or a while read loop."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for span in SC2045.loopItemsRunning("find", context) { report.add(span) }
    }
}
