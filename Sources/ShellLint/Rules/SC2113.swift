import Basics

/// 'function' keyword is non-standard. Use 'foo()' instead of 'function foo'.
///
/// POSIX sh has only the `name() { … }` form.
struct SC2113: ShellRule {
    let code = "SC2113"
    let severity = Severity.warning
    let summary = "'function' keyword is non-standard. Use 'foo()' instead of 'function foo'."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.commands {
            if case .function(let function) = site.command.kind, function.usesKeyword {
                report.add(SourceSpan(at: site.command.span.start))
            }
        }
    }
}
