import Basics

/// This ln has no destination. Check the arguments, or specify '.' explicitly.
///
/// `ln -s target` links into the current directory, which is rarely meant.
struct SC2226: ShellRule {
    let code = "SC2226"
    let severity = Severity.warning
    let summary = "This ln has no destination. Check the arguments, or specify '.' explicitly."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, command) in context.simpleCommands where simple.name == "ln" {
            var operands = 0
            var afterDashes = false
            var hasTargetDirectory = false
            for argument in simple.arguments {
                let text = argument.literalText
                if !afterDashes, text == "--" {
                    afterDashes = true
                    continue
                }
                if !afterDashes, let text, text.hasPrefix("-"), text.count > 1 {
                    if text == "-t" || text.hasPrefix("--target-directory") || (text.hasPrefix("-") && !text.hasPrefix("--") && text.contains("t")) {
                        hasTargetDirectory = true
                    }
                    continue
                }
                operands += 1
            }
            if operands == 1, !hasTargetDirectory { report.add(command.span) }
        }
    }
}
