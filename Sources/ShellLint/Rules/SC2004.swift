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
            for (position, part) in expression.parts.enumerated() {
                // `10#$x` and `0x$x` need the `$`: the number is glued to a base prefix.
                if position > 0, case .literal(let before) = expression.parts[position - 1].kind,
                   before.hasSuffix("#") || before.hasSuffix("0x") || before.hasSuffix("0X") { continue }
                guard case .parameter(let expansion) = part.kind, expansion.isVariableName,
                      expansion.operation == nil, !expansion.isLength, !expansion.isIndirect,
                      !expansion.isAllElements else { continue }
                report.add(part.span)
            }
        }
    }
}
