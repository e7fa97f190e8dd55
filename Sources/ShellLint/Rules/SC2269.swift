import Basics

/// This variable is assigned to itself, so the assignment does nothing.
///
/// `x=$x` changes nothing; a default was probably meant (`: "${x:=value}"`).
struct SC2269: ShellRule {
    let code = "SC2269"
    let severity = Severity.info
    let summary = "This variable is assigned to itself, so the assignment does nothing."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.assignments where site.declaredBy == nil && !site.isCommandPrefix {
            let assignment = site.assignment
            guard assignment.index == nil, !assignment.isAppend, case .word(let value) = assignment.value else { continue }
            let parts = SC2145.flatten(value.parts)
            guard parts.count == 1, case .parameter(let expansion) = parts[0].kind, expansion.name == assignment.name,
                  expansion.operation == nil, expansion.index == nil, !expansion.isLength, !expansion.isIndirect
            else { continue }
            report.add(SourceSpan(at: assignment.span.start))
        }
    }
}
