import Basics

/// Quote this to prevent word splitting.
///
/// The output of an unquoted `$(cmd)` is split on blanks and globbed; plain sh splits it in
/// `export X=$(cmd)` too.
struct SC2046: ShellRule {
    let code = "SC2046"
    let severity = Severity.warning
    let summary = "Quote this to prevent word splitting."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where Self.isSplitHere(site, context) {
            for part in site.word.parts {
                // An empty one (`` `# note` ``) yields nothing to split.
                if case .commandSubstitution(let list, _) = part.kind, !list.items.isEmpty { report.add(part.span) }
            }
        }
    }

    static func isSplitHere(_ site: WordSite, _ context: ShellLintContext) -> Bool {
        switch site.role {
        // `$(cmd)` as the command name runs its output; ShellCheck leaves that to SC2091.
        case .arrayElement, .forItem, .commandName: false
        case .declarationValue: context.isStrictSh
        default: site.role.isSplit
        }
    }
}
