import Basics

/// Can only return 0-255. Other data should be written to stdout.
///
/// Larger values wrap around; negative ones are errors in some shells.
struct SC2152: ShellRule {
    let code = "SC2152"
    let severity = Severity.error
    let summary = "Can only return 0-255. Other data should be written to stdout."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "return" {
            guard let argument = simple.arguments.first, let text = argument.literalText, let value = Int(text),
                  value < 0 || value > 255 else { continue }
            report.add(argument.span)
        }
    }
}
