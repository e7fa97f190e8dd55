import Basics

/// Use "$@" (with quotes) to prevent whitespace problems.
///
/// Unquoted `$*` (or `${array[*]}`) joins the elements and splits them again on blanks.
struct SC2048: ShellRule {
    let code = "SC2048"
    let severity = Severity.warning
    let summary = "Use \"$@\" (with quotes) to prevent whitespace problems."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where site.role.isSplit && site.role != .arrayElement {
            // Only a word that is the expansion alone: in `--x=$*` joining is the point.
            for part in site.word.parts where site.word.parts.count == 1 {
                guard case .parameter(let expansion) = part.kind, !expansion.isLength else { continue }
                if expansion.name == "*" {
                    report.add(part.span)
                } else if expansion.index == "*" {
                    report.add(part.span, "Use \"${array[@]}\" (with quotes) to prevent whitespace problems.")
                }
            }
        }
    }
}
