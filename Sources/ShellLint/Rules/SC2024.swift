import Basics

/// sudo doesn't affect redirects. Use ..| sudo tee file
///
/// The shell opens the file as the current user before sudo runs.
struct SC2024: ShellRule {
    let code = "SC2024"
    let severity = Severity.warning
    let summary = "sudo doesn't affect redirects. Use ..| sudo tee file"

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, command) in context.simpleCommands where simple.name == "sudo" {
            for redirection in command.redirections where redirection.fd == nil || redirection.fd == 1 || redirection.fd == 0 {
                if redirection.target.literalText == "/dev/null" { continue }
                switch redirection.op {
                case ">", ">>", ">|":
                    report.add(redirection.span, redirection.op == ">>"
                        ? "sudo doesn't affect redirects. Use ..| sudo tee -a file" : nil)
                case "<":
                    report.add(redirection.span, "sudo doesn't affect redirects. Use sudo cat file | ..")
                default:
                    continue
                }
            }
        }
    }
}
