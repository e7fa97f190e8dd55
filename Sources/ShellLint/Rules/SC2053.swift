import Basics

/// Quote the right-hand side of = in [[ ]] to prevent glob matching.
///
/// In `[[ $a = $b ]]` the value of `b` is a pattern: `*` or `?` in it match anything.
struct SC2053: ShellRule {
    let code = "SC2053"
    let severity = Severity.warning
    let summary = "Quote the right-hand side of = in [[ ]] to prevent glob matching."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for expression in context.index.testExpressions {
            guard case .binary(_, let op, let rhs, _) = expression, op == "=" || op == "==" || op == "!=",
                  rhs.parts.count == 1, case .parameter = rhs.parts[0].kind else { continue }
            report.add(SourceSpan(at: rhs.span.start), "Quote the right-hand side of \(op) in [[ ]] to prevent glob matching.")
        }
    }
}
