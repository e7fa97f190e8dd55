import Basics

/// In POSIX sh, echo flags are undefined.
///
/// `echo -n` and `echo -e` differ between shells; use printf.
struct SC3037: ShellRule {
    let code = "SC3037"
    let severity = Severity.warning
    let summary = "In POSIX sh, echo flags are undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        guard context.isStrictSh else { return }
        for (simple, _) in context.simpleCommands where simple.name == "echo" {
            guard let first = simple.arguments.first, let text = first.literalText, text.count > 1, text.hasPrefix("-"),
                  text.dropFirst().allSatisfy({ "neE".contains($0) }) else { continue }
            report.add(first.span)
        }
    }
}
