import Basics

/// Use grep -q instead of comparing output with [ -n .. ].
///
/// `[ -n "$(grep x f)" ]` collects output only to test that there was some; `grep -q` says it
/// with its status and stops at the first match.
struct SC2143: ShellRule {
    let code = "SC2143"
    let severity = Severity.info
    let summary = "Use grep -q instead of comparing output with [ -n .. ]."
    static let negated = "Use ! grep -q instead of comparing output with [ -z .. ]."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for expression in context.index.testExpressions {
            switch expression {
            case .word(let word) where Self.isGrepOutput(word):
                report.add(SourceSpan(at: word.span.start))
            case .unary(let op, let operand, let span) where (op == "-n" || op == "-z") && Self.isGrepOutput(operand):
                report.add(SourceSpan(at: span.start), op == "-z" ? Self.negated : nil)
            default:
                break
            }
        }
        // ShellCheck looks at `[ ]`, not at `test`.
        for (simple, _) in context.simpleCommands where simple.name == "[" {
            var operands = simple.arguments
            if operands.last?.literalText == "]" { operands.removeLast() }
            if operands.count == 1, Self.isGrepOutput(operands[0]) {
                report.add(SourceSpan(at: operands[0].span.start))
            } else if operands.count == 2, let op = operands[0].literalText, op == "-n" || op == "-z",
                      Self.isGrepOutput(operands[1]) {
                report.add(SourceSpan(at: operands[0].span.start), op == "-z" ? Self.negated : nil)
            }
        }
    }

    /// `"$(… | grep …)"`: the word is one substitution whose last command is grep.
    static func isGrepOutput(_ word: ShellWord) -> Bool {
        let parts = SC2145.flatten(word.parts)
        guard parts.count == 1, case .commandSubstitution(let list, _) = parts[0].kind, list.items.count == 1,
              let last = list.items[0].first.commands.last?.simple, list.items[0].rest.isEmpty else { return false }
        return last.name == "grep"
    }
}
