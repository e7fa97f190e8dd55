import Basics

/// Tips depend on target shell and yours is unknown. Add a shebang or a 'shell' directive.
///
/// Without `#!` or `# shellcheck shell=` the script is checked as bash.
struct SC2148: ShellRule {
    let code = "SC2148"
    let severity = Severity.error
    let summary = "Tips depend on target shell and yours is unknown. Add a shebang or a 'shell' directive."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.dialectIsUnknown else { return }
        report.add(SourceSpan(at: SourceLocation(line: 1, column: 1)))
    }
}
