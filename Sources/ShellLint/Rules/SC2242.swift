import Basics

/// Can only exit with status 0-255. Other data should be written to stdout/stderr.
///
/// `exit -1` or `exit 256` does not give the status you meant.
struct SC2242: ShellRule {
    let code = "SC2242"
    let severity = Severity.error
    let summary = "Can only exit with status 0-255. Other data should be written to stdout/stderr."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "exit" {
            guard let argument = simple.arguments.first, let text = argument.literalText else { continue }
            if let value = Int(text), value >= 0 && value <= 255 { continue }
            if text.hasPrefix("$") { continue }
            report.add(argument.span)
        }
    }
}
