import Basics

/// In POSIX sh, read -(flag) is undefined.
///
/// POSIX read knows only `-r`.
struct SC3045: ShellRule {
    let code = "SC3045"
    let severity = Severity.warning
    let summary = "In POSIX sh, read -(flag) is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for (simple, _) in context.simpleCommands where simple.name == "read" {
            for argument in simple.arguments {
                guard let text = argument.literalText, text.hasPrefix("-"), text.count > 1 else { break }
                guard let flag = text.dropFirst().first(where: { $0 != "r" }) else { continue }
                report.add(argument.span, ShellLintContext.posixMessage("read -\(flag)"))
                break
            }
        }
    }
}
