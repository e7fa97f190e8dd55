import Basics

/// Use 'cd ... || exit' or 'cd ... || return' in case cd fails.
///
/// When `cd` fails the script goes on in the wrong directory. Skipped under `set -e`.
struct SC2164: ShellRule {
    let code = "SC2164"
    let severity = Severity.warning
    let summary = "Use 'cd ... || exit' or 'cd ... || return' in case cd fails."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard !context.hasErrexit else { return }
        for site in context.index.commands where !site.isStatusChecked {
            guard let simple = site.command.simple, let name = simple.name,
                  name == "cd" || name == "pushd" || name == "popd" else { continue }
            // A directory change inside a pipeline cannot leak; `..` and `/` practically never fail.
            if site.isInPipeline { continue }
            if name == "cd", let target = simple.arguments.first?.literalText, target == ".." || target == "/" { continue }
            report.add(simple.words[0].span,
                       "Use '\(name) ... || exit' or '\(name) ... || return' in case \(name) fails.")
        }
    }
}
