import Basics

/// In POSIX sh, arrays are undefined.
///
/// `a=(…)` is bash syntax.
struct SC3030: ShellRule {
    let code = "SC3030"
    let severity = Severity.warning
    let summary = "In POSIX sh, arrays are undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.assignments {
            if case .array = site.assignment.value {
                let name = site.assignment.nameSpan.end
                report.add(SourceSpan(at: SourceLocation(line: name.line, column: name.column + (site.assignment.isAppend ? 2 : 1))))
            }
        }
    }
}
