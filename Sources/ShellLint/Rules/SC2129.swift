import Basics

/// Consider using { cmd1; cmd2; } >> file instead of individual redirects.
///
/// Three or more commands in a row appending to the same file reopen it each time.
struct SC2129: ShellRule {
    let code = "SC2129"
    let severity = Severity.style
    let summary = "Consider using { cmd1; cmd2; } >> file instead of individual redirects."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for list in context.commandSequences { check(list, &report) }
    }

    private func check(_ list: CommandList, _ report: inout RuleReport) {
        var runTarget: String?
        var runStart: SourceSpan?
        var runLength = 0
        for item in list.items {
            let target = Self.appendTarget(item)
            if let target, target == runTarget {
                runLength += 1
                if runLength == 3, let runStart { report.add(runStart) }
            } else {
                runTarget = target
                runStart = item.span
                runLength = target == nil ? 0 : 1
            }
        }
    }

    /// The constant `>>` target of a lone simple command.
    static func appendTarget(_ item: AndOrList) -> String? {
        guard item.rest.isEmpty, !item.isBackground, item.first.commands.count == 1,
              let command = item.first.commands.first, command.simple != nil else { return nil }
        let appends = command.redirections.filter { $0.op == ">>" && ($0.fd == nil || $0.fd == 1) }
        guard appends.count == 1 else { return nil }
        return appends[0].target.canonicalText
    }
}
