import Basics

/// This pattern always overrides a later one on line (n).
///
/// A later pattern that an earlier one already matches is never reached.
struct SC2221: ShellRule {
    let code = "SC2221"
    let severity = Severity.warning
    let summary = "This pattern always overrides a later one on line (n)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (earlier, later) in CasePatterns.overlaps(context) {
            report.add(earlier.span, "This pattern always overrides a later one on line \(later.span.start.line).")
        }
    }
}
