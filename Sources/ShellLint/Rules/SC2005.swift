import Basics

/// Useless echo? Instead of 'echo $(cmd)', just use 'cmd'.
///
/// Echoing a command's output prints what the command would have printed itself.
struct SC2005: ShellRule {
    let code = "SC2005"
    let severity = Severity.style
    let summary = "Useless echo? Instead of 'echo $(cmd)', just use 'cmd'."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard let simple = site.command.simple, simple.name == "echo", simple.arguments.count == 1,
                  site.command.redirections.isEmpty else { continue }
            let flat = SC2145.flatten(simple.arguments[0].parts)
            guard flat.count == 1, case .commandSubstitution = flat[0].kind else { continue }
            report.add(simple.arguments[0].span)
        }
    }
}
