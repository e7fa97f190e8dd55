import Basics

/// (op) treats this as a variable. Use (string op) to compare as string (or expand explicitly with $var).
///
/// In `[[ $x -eq yes ]]` the word `yes` is read as a variable name.
struct SC2309: ShellRule {
    let code = "SC2309"
    let severity = Severity.warning
    let summary = "(op) treats this as a variable. Use (string op) to compare as string (or expand explicitly with $var)."

    static let stringOperators = ["-eq": "=", "-ne": "!=", "-lt": "<", "-gt": ">", "-le": "<=", "-ge": ">="]

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for expression in context.index.testExpressions {
            guard case .binary(let lhs, let op, let rhs, _) = expression,
                  let replacement = Self.stringOperators[op] else { continue }
            for operand in [lhs, rhs] where operand.parts.count == 1 {
                guard case .literal(let text) = operand.parts[0].kind, VariableFlow.isName(text) else { continue }
                report.add(operand.span, "\(op) treats this as a variable. Use \(replacement) to compare as string "
                    + "(or expand explicitly with $var).")
            }
        }
    }
}
