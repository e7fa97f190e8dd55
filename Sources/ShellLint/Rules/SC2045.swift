import Basics

/// Iterating over ls output is fragile. Use globs.
///
/// `for f in $(ls)` breaks on names with blanks, newlines or glob characters.
struct SC2045: ShellRule {
    let code = "SC2045"
    let severity = Severity.error
    let summary = "Iterating over ls output is fragile. Use globs."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for span in Self.loopItemsRunning("ls", context) { report.add(span) }
    }

    /// `for` items that are a substitution running `command` alone.
    static func loopItemsRunning(_ command: String, _ context: ShellLintContext) -> [SourceSpan] {
        var result: [SourceSpan] = []
        for site in context.index.commands {
            guard case .forLoop(let loop) = site.command.kind else { continue }
            for item in loop.items ?? [] {
                for part in item.parts {
                    // Output filtered through a pipeline (`$(ls | grep x)`) is left alone, as ShellCheck does.
                    guard case .commandSubstitution(let list, _) = part.kind, let commands = list.items.first?.first.commands,
                          commands.count == 1, commands[0].simple?.name == command else { continue }
                    result.append(item.span)
                }
            }
        }
        return result
    }
}
