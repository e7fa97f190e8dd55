import Basics

/// Remove surrounding $() to avoid executing output (or use eval if intentional).
///
/// `if $(grep -q x f); then` runs grep, then runs its (empty) output as a command.
struct SC2091: ShellRule {
    let code = "SC2091"
    let severity = Severity.warning
    let summary = "Remove surrounding $() to avoid executing output (or use eval if intentional)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for span in Self.executedOutput(context, backquoted: false) { report.add(span) }
    }

    /// Commands that are a lone, unquoted substitution and nothing else.
    static func executedOutput(_ context: ShellLintContext, backquoted: Bool) -> [SourceSpan] {
        context.simpleCommands.compactMap { simple, _ in
            guard simple.words.count == 1, simple.words[0].parts.count == 1,
                  case .commandSubstitution(let list, let isBackquoted) = simple.words[0].parts[0].kind,
                  isBackquoted == backquoted, !list.items.isEmpty else { return nil }
            return SourceSpan(at: simple.words[0].span.start)
        }
    }
}
