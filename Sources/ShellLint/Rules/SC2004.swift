import Basics

/// $/${} is unnecessary on arithmetic variables.
///
/// Inside `$((…))` names are read as variables already.
struct SC2004: ShellRule {
    let code = "SC2004"
    let severity = Severity.style
    let summary = "$/${} is unnecessary on arithmetic variables."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for expression in context.index.arithmetic {
            for part in expression.parts {
                guard case .parameter(let expansion) = part.kind, expansion.isVariableName,
                      expansion.operation == nil, !expansion.isLength, !expansion.isIndirect,
                      !expansion.isAllElements else { continue }
                report.add(part.span)
            }
        }
    }
}
