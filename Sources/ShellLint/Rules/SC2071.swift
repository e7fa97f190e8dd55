import Basics

/// > is for string comparisons. Use -gt instead.
///
/// In `[[ $a > 3 ]]` the comparison is by text, so 10 is less than 9.
struct SC2071: ShellRule {
    let code = "SC2071"
    let severity = Severity.error
    let summary = "> is for string comparisons. Use -gt instead."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for expression in context.index.testExpressions {
            guard case .binary(_, let op, let rhs, let opSpan) = expression, op == "<" || op == ">",
                  let text = rhs.literalText, Int(text) != nil else { continue }
            report.add(opSpan, op == ">" ? nil : "< is for string comparisons. Use -lt instead.")
        }
    }
}
