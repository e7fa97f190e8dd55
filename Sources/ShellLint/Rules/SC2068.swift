import Basics

/// Double quote array expansions to avoid re-splitting elements.
///
/// Unquoted `$@` or `${array[@]}` splits and globs every element again.
struct SC2068: ShellRule {
    let code = "SC2068"
    let severity = Severity.error
    let summary = "Double quote array expansions to avoid re-splitting elements."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where site.role.isSplit && site.role != .arrayElement {
            for part in site.word.parts {
                guard case .parameter(let expansion) = part.kind, expansion.isArrayAll else { continue }
                report.add(part.span)
            }
        }
    }
}
