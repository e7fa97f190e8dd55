import Basics

/// Use a ( subshell ) to avoid having to cd back.
///
/// `cd dir; …; cd ..` ends in the wrong place when anything in between fails or changes directory.
struct SC2103: ShellRule {
    let code = "SC2103"
    let severity = Severity.info
    let summary = "Use a ( subshell ) to avoid having to cd back."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        // Under `set -e` a failure in between ends the script, so coming back is safe enough
        // (ShellCheck is silent then).
        guard !context.hasErrexit else { return }
        for list in context.commandSequences {
            var enteredAt: Int?
            for (position, item) in list.items.enumerated() {
                guard let simple = item.loneSimpleCommand, simple.name == "cd" else { continue }
                let target = simple.arguments.first?.literalText
                if target == ".." || target == "-" {
                    if let entered = enteredAt, position - entered > 1 {
                        // One finding per list, as ShellCheck.
                        report.add(item.span)
                        break
                    }
                    enteredAt = nil
                } else if enteredAt == nil {
                    enteredAt = position
                }
            }
        }
    }
}
