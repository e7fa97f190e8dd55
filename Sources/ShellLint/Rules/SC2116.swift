import Basics

/// Useless echo? Instead of 'cmd $(echo foo)', just use 'cmd foo'.
///
/// `$(echo x)` is just `x` (with extra splitting).
struct SC2116: ShellRule {
    let code = "SC2116"
    let severity = Severity.style
    let summary = "Useless echo? Instead of 'cmd $(echo foo)', just use 'cmd foo'."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.substitutions {
            guard site.list.items.count == 1, let simple = site.list.items[0].loneSimpleCommand,
                  simple.name == "echo", simple.assignments.isEmpty, !simple.arguments.isEmpty,
                  site.list.items[0].first.commands[0].redirections.isEmpty,
                  simple.arguments.first?.literalText?.hasPrefix("-") != true else { continue }
            report.add(site.span)
        }
    }
}
