import Basics

/// In POSIX sh, string indexing is undefined.
///
/// `${x:1:2}` is a bash extension.
struct SC3057: ShellRule {
    let code = "SC3057"
    let severity = Severity.warning
    let summary = "In POSIX sh, string indexing is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.expansions where site.expansion.operation == .substring {
            report.add(site.span)
        }
    }
}
