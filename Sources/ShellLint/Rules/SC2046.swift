import Basics

/// Quote this to prevent word splitting.
///
/// The output of an unquoted `$(cmd)` is split on blanks and globbed.
struct SC2046: ShellRule {
    let code = "SC2046"
    let severity = Severity.warning
    let summary = "Quote this to prevent word splitting."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where site.role.isSplit && site.role != .arrayElement && site.role != .forItem {
            for part in site.word.parts {
                if case .commandSubstitution = part.kind { report.add(part.span) }
            }
        }
    }
}
