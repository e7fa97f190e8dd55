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
                guard case .parameter(let expansion) = part.kind else { continue }
                // Numbers (`$!`, `${#x}`) do not split; `${x[@]+"${x[@]}"}` is the quoted idiom
                // for an optional array.
                if expansion.isLength || ["!", "$", "#", "?", "-"].contains(expansion.name)
                    || expansion.operation == .alternative || expansion.operation == .alternativeIfSet { continue }
                report.add(part.span)
            }
        }
    }
}
