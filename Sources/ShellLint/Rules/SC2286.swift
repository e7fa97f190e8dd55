import Basics

/// This empty string is interpreted as a command name. Double check syntax (or use 'true' as a no-op).
///
/// `"" arg` or `x=1 || ""` runs a command named by the empty string, which always fails.
struct SC2286: ShellRule {
    let code = "SC2286"
    let severity = Severity.error
    let summary = "This empty string is interpreted as a command name. Double check syntax (or use 'true' as a no-op)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands {
            guard let name = simple.words.first, name.hasQuotes, name.literalText == "" else { continue }
            report.add(SourceSpan(at: name.span.start))
        }
    }
}
