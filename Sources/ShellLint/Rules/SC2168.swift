import Basics

/// 'local' is only valid in functions.
///
/// Outside a function `local` fails (bash) or is an error (dash).
struct SC2168: ShellRule {
    let code = "SC2168"
    let severity = Severity.error
    let summary = "'local' is only valid in functions."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands where !site.isInFunction {
            if let simple = site.command.simple, simple.name == "local" { report.add(simple.words[0].span) }
        }
    }
}
