import Basics

/// Quote expansions in case patterns to match literally rather than as a glob.
///
/// An unquoted `$var` as a pattern is a glob: `*` in its value matches everything.
struct SC2254: ShellRule {
    let code = "SC2254"
    let severity = Severity.warning
    let summary = "Quote expansions in case patterns to match literally rather than as a glob."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where site.role == .casePattern && site.word.parts.count == 1 {
            switch site.word.parts[0].kind {
            case .parameter, .commandSubstitution: report.add(site.word.parts[0].span)
            default: break
            }
        }
    }
}
