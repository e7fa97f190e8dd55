import Basics

/// Use $(...) notation instead of legacy backticks `...`.
///
/// Backticks need extra escaping and do not nest.
struct SC2006: ShellRule {
    let code = "SC2006"
    let severity = Severity.style
    let summary = "Use $(...) notation instead of legacy backticks `...`."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        // `` `# note` `` holds only a comment: a way to annotate a long command line, not a substitution.
        for site in context.index.substitutions where site.isBackquoted && !site.list.items.isEmpty {
            report.add(site.span)
        }
    }
}
