import Basics

/// This pattern never matches because of a previous pattern on line (n).
///
/// An earlier pattern in the same case already matches everything this one does.
struct SC2222: ShellRule {
    let code = "SC2222"
    let severity = Severity.warning
    let summary = "This pattern never matches because of a previous pattern on line (n)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (earlier, later) in CasePatterns.overlaps(context) {
            report.add(later.span, "This pattern never matches because of a previous pattern on line \(earlier.span.start.line).")
        }
    }
}
