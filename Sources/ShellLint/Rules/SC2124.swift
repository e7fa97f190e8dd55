import Basics

/// Assigning an array to a string! Assign as array, or use * instead of @ to concatenate.
///
/// `x=$@` keeps only a joined string; the element boundaries are lost.
struct SC2124: ShellRule {
    let code = "SC2124"
    let severity = Severity.warning
    let summary = "Assigning an array to a string! Assign as array, or use * instead of @ to concatenate."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.assignments {
            guard case .word(let word) = site.assignment.value else { continue }
            let hasArray = SC2145.flatten(word.parts).contains { part in
                if case .parameter(let expansion) = part.kind {
                    return expansion.isArrayAll && expansion.operation == nil
                }
                return false
            }
            if hasArray { report.add(word.span) }
        }
    }
}
