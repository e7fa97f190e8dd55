import Basics

/// expr is antiquated. Consider rewriting this using $((..)), ${} or [[ ]].
///
/// The shell does arithmetic and string operations itself, without a process.
struct SC2003: ShellRule {
    let code = "SC2003"
    let severity = Severity.style
    let summary = "expr is antiquated. Consider rewriting this using $((..)), ${} or [[ ]]."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard let simple = site.command.simple, simple.name == "expr" else { continue }
            let arguments = simple.arguments.map(\.literalText)
            // Regex matching and the string functions have other codes (or no good replacement).
            if arguments.count > 1, arguments[1] == ":" { continue }
            if let first = arguments.first, let name = first, ["length", "substr", "index", "match"].contains(name) {
                continue
            }
            report.add(simple.words[0].span)
        }
    }
}
