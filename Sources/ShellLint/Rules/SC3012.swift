import Basics

/// In POSIX sh, lexicographical \< is undefined.
///
/// String ordering with `\<` / `\>` in `[` is a bash extension.
struct SC3012: ShellRule {
    let code = "SC3012"
    let severity = Severity.warning
    let summary = "In POSIX sh, lexicographical \\< is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for (simple, _) in context.simpleCommands where simple.name == "[" || simple.name == "test" {
            for argument in simple.arguments {
                guard argument.parts.count == 1, case .escaped(let text) = argument.parts[0].kind,
                      text == "<" || text == ">" else { continue }
                report.add(argument.span, ShellLintContext.posixMessage("lexicographical \\\(text)"))
            }
        }
    }
}
