import Basics

/// eval negates the benefit of arrays. Drop eval to preserve whitespace/symbols (or eval as string).
///
/// `eval "$@"` joins the elements and parses them as code again.
struct SC2294: ShellRule {
    let code = "SC2294"
    let severity = Severity.warning
    let summary = "eval negates the benefit of arrays. Drop eval to preserve whitespace/symbols (or eval as string)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "eval" {
            for argument in simple.arguments {
                let array = SC2145.flatten(argument.parts).first { part in
                    if case .parameter(let expansion) = part.kind { return expansion.isArrayAll }
                    return false
                }
                if let array { report.add(array.span) }
            }
        }
    }
}
