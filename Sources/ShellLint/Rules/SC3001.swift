import Basics

/// In POSIX sh, process substitution is undefined.
///
/// `<(cmd)` is a bash/ksh extension.
struct SC3001: ShellRule {
    let code = "SC3001"
    let severity = Severity.warning
    let summary = "In POSIX sh, process substitution is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.words {
            for part in site.word.parts {
                if case .processSubstitution = part.kind { report.add(part.span) }
            }
        }
    }
}
