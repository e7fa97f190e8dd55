import Basics

/// In POSIX sh, indirect expansion is undefined.
///
/// `${!name}` is a bash extension.
struct SC3053: ShellRule {
    let code = "SC3053"
    let severity = Severity.warning
    let summary = "In POSIX sh, indirect expansion is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.expansions where site.expansion.isIndirect && site.expansion.index == nil {
            report.add(site.span)
        }
    }
}
