import Basics

/// In POSIX sh, array references are undefined.
///
/// `${a[0]}` and `${a[@]}` need bash or ksh.
struct SC3054: ShellRule {
    let code = "SC3054"
    let severity = Severity.warning
    let summary = "In POSIX sh, array references are undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.expansions where site.expansion.index != nil && site.expansion.isVariableName {
            report.add(site.span)
        }
    }
}
