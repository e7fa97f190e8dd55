import Basics

/// Prefer mapfile or read -a to split command output (or quote to avoid splitting).
///
/// `arr=( $(cmd) )` splits the output on blanks and globs each piece.
struct SC2207: ShellRule {
    let code = "SC2207"
    let severity = Severity.warning
    let summary = "Prefer mapfile or read -a to split command output (or quote to avoid splitting)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where site.role == .arrayElement {
            for part in site.word.parts {
                if case .commandSubstitution = part.kind { report.add(part.span) }
            }
        }
    }
}
