import Basics

/// Quote to prevent word splitting/globbing, or split robustly with mapfile or read -a.
///
/// `arr=($var)` splits and globs the value to make the elements.
struct SC2206: ShellRule {
    let code = "SC2206"
    let severity = Severity.warning
    let summary = "Quote to prevent word splitting/globbing, or split robustly with mapfile or read -a."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where site.role == .arrayElement {
            for part in site.word.parts {
                if case .parameter = part.kind { report.add(part.span) }
            }
        }
    }
}
