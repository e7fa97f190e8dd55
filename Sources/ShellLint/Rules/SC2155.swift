import Basics

/// Declare and assign separately to avoid masking return values.
///
/// In `local x=$(cmd)` the status is `local`'s, so a failing `cmd` goes unnoticed.
struct SC2155: ShellRule {
    let code = "SC2155"
    let severity = Severity.warning
    let summary = "Declare and assign separately to avoid masking return values."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.assignments where site.declaredBy != nil {
            guard case .word(let word) = site.assignment.value else { continue }
            let hasSubstitution = SC2145.flatten(word.parts).contains { part in
                if case .commandSubstitution = part.kind { return true }
                return false
            }
            if hasSubstitution { report.add(site.assignment.nameSpan) }
        }
    }
}
