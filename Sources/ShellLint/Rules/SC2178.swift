import Basics

/// Variable was used as an array but is now assigned a string.
///
/// `list=(a b)` then `list=x` replaces only element 0 and keeps the others, which is seldom
/// what the author meant.
struct SC2178: ShellRule {
    let code = "SC2178"
    let severity = Severity.warning
    let summary = "Variable was used as an array but is now assigned a string."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.assignments {
            let assignment = site.assignment
            guard case .word = assignment.value, assignment.index == nil, !assignment.isAppend,
                  let firstArrayUse = context.values.arrays[assignment.name],
                  firstArrayUse < assignment.span.start else { continue }
            report.add(SourceSpan(at: assignment.nameSpan.start))
        }
    }
}
