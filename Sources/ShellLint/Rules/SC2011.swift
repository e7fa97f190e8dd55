import Basics

/// Use 'find .. -print0 | xargs -0 ..' or 'find .. -exec .. +' to allow non-alphanumeric filenames.
///
/// `ls | xargs` breaks on names with blanks, quotes or newlines.
struct SC2011: ShellRule {
    let code = "SC2011"
    let severity = Severity.warning
    let summary = "Use 'find .. -print0 | xargs -0 ..' or 'find .. -exec .. +' to allow non-alphanumeric filenames."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (ls, next) in SC2010.lsPipes(context) where next == "xargs" {
            report.add(ls.span)
        }
    }
}
