import Basics

/// In POSIX sh, $'..' is undefined.
///
/// ANSI-C quoting is a bash/ksh extension; use printf for escapes.
struct SC3003: ShellRule {
    let code = "SC3003"
    let severity = Severity.warning
    let summary = "In POSIX sh, $'..' is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        for site in context.index.words {
            for part in site.word.parts {
                if case .ansiCQuoted = part.kind { report.add(part.span) }
            }
        }
    }
}
