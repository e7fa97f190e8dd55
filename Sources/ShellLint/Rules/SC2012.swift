import Basics

/// Use find instead of ls to better handle non-alphanumeric filenames.
///
/// Parsing `ls` output breaks on unusual names; `find` (or a glob) does not.
struct SC2012: ShellRule {
    let code = "SC2012"
    let severity = Severity.info
    let summary = "Use find instead of ls to better handle non-alphanumeric filenames."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (ls, next) in SC2010.lsPipes(context) where !["grep", "egrep", "xargs"].contains(next) {
            report.add(ls.span)
        }
    }
}
