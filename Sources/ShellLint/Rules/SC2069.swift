import Basics

/// To redirect stdout+stderr, 2>&1 must be last (or use '{ cmd > file; } 2>&1' to clarify).
///
/// Redirections apply left to right: `cmd 2>&1 > file` points stderr at the old stdout (the
/// terminal) and only then sends stdout to the file.
struct SC2069: ShellRule {
    let code = "SC2069"
    let severity = Severity.warning
    let summary = "To redirect stdout+stderr, 2>&1 must be last (or use '{ cmd > file; } 2>&1' to clarify)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        // Inside `$(…)` the order is the idiom for capturing only stderr.
        for site in context.index.commands where !site.isInSubstitution {
            let redirections = site.command.redirections
            for (position, redirection) in redirections.enumerated() {
                guard redirection.fd == 2, redirection.op == ">&", redirection.target.literalText == "1" else { continue }
                let stdoutLater = redirections[(position + 1)...].contains { later in
                    (later.op == ">" || later.op == ">>" || later.op == ">|") && (later.fd == nil || later.fd == 1)
                }
                if stdoutLater { report.add(SourceSpan(at: redirection.span.start)) }
            }
        }
    }
}
