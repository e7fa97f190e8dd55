import Basics

/// In POSIX sh, == in place of = is undefined.
///
/// `test` compares strings with a single `=`.
struct SC3014: ShellRule {
    let code = "SC3014"
    let severity = Severity.warning
    let summary = "In POSIX sh, == in place of = is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for (simple, _) in context.simpleCommands where simple.name == "[" || simple.name == "test" {
            for argument in simple.arguments.dropFirst() where argument.literalText == "==" && argument.parts.count == 1 {
                report.add(argument.span)
            }
        }
        // Inside `[[ ]]` too (which is itself SC3010 in sh).
        for expression in context.index.testExpressions {
            if case .binary(_, "==", _, let opSpan) = expression { report.add(opSpan) }
        }
    }
}
