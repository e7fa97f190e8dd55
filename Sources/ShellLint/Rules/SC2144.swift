import Basics

/// -e doesn't work with globs. Use a for loop.
///
/// `[ -e /dir/*.txt ]` breaks as soon as two files match (too many arguments), and `[[ ]]` does
/// not expand the glob at all; loop over the matches and test each.
struct SC2144: ShellRule {
    let code = "SC2144"
    let severity = Severity.error
    let summary = "-e doesn't work with globs. Use a for loop."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for expression in context.index.testExpressions {
            if case .unary(let op, let operand, let span) = expression, Self.hasGlob(operand) {
                report.add(SourceSpan(at: span.start), Self.message(op))
            }
        }
        for (simple, _) in context.simpleCommands where simple.name == "[" {
            let arguments = simple.arguments
            for (position, argument) in arguments.enumerated().dropLast() {
                guard let op = argument.literalText, !argument.hasQuotes, TestGrammar.unaryOperators.contains(op),
                      Self.hasGlob(arguments[position + 1]) else { continue }
                report.add(SourceSpan(at: argument.span.start), Self.message(op))
            }
        }
    }

    static func message(_ op: String) -> String { "\(op) doesn't work with globs. Use a for loop." }

    /// Whether unquoted text in `word` holds `*`, `?` or a `[…]` class.
    static func hasGlob(_ word: ShellWord) -> Bool {
        for part in word.parts {
            guard case .literal(let text) = part.kind else { continue }
            if text.contains("*") || text.contains("?") { return true }
            if let open = text.firstIndex(of: "["), text[open...].dropFirst().contains("]") { return true }
        }
        return false
    }
}
