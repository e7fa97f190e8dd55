import Basics

/// Some finds don't have a default path. Specify '.' explicitly.
///
/// GNU find searches `.` when no path is given; BSD and busybox finds require one.
struct SC2185: ShellRule {
    let code = "SC2185"
    let severity = Severity.info
    let summary = "Some finds don't have a default path. Specify '.' explicitly."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, command) in context.simpleCommands where simple.name == "find" {
            let arguments = simple.arguments.drop { ["-H", "-L", "-P"].contains($0.literalText ?? "") }
            guard let first = arguments.first else {
                report.add(SourceSpan(at: command.span.start))
                continue
            }
            // Only a literal expression start is known not to be a path.
            guard let text = first.literalText, !first.hasQuotes || text == "(" || text == "!" else { continue }
            if text.hasPrefix("-") || text == "(" || text == "!" { report.add(SourceSpan(at: command.span.start)) }
        }
    }
}
