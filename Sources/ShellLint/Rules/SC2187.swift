import Basics

/// Ash scripts will be checked as Dash. Add '# shellcheck shell=dash' to silence.
///
/// There is no separate ash dialect; busybox sh is checked with dash's rules.
struct SC2187: ShellRule {
    let code = "SC2187"
    let severity = Severity.warning
    let summary = "Ash scripts will be checked as Dash. Add '# shellcheck shell=dash' to silence."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        // Busybox has a dialect of its own since ShellCheck 0.10; only plain ash is mapped to dash.
        guard let shebang = context.script.shebang, ShellDialect(shebang: shebang) == .ash, !shebang.contains("busybox"),
              !context.script.comments.contains(where: { ShellDirective(comment: "#" + $0.text)?.shell != nil })
        else { return }
        report.add(SourceSpan(at: SourceLocation(line: 1, column: 1)))
    }
}
