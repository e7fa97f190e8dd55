import Basics

/// Avoid x-prefix in comparisons as it no longer serves a purpose.
///
/// `[ "x$a" = "xyes" ]` guarded against ancient shells that took a leading `-` or `!` for an
/// operator; every current shell compares `[ "$a" = yes ]` correctly.
struct SC2268: ShellRule {
    let code = "SC2268"
    let severity = Severity.info
    let summary = "Avoid x-prefix in comparisons as it no longer serves a purpose."

    static let comparisons: Set<String> = ["=", "==", "!="]

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for expression in context.index.testExpressions {
            if case .binary(let lhs, let op, let rhs, _) = expression, Self.comparisons.contains(op),
               Self.isXPrefixed(lhs, rhs) {
                report.add(SourceSpan(at: lhs.span.start))
            }
        }
        for (simple, _) in context.simpleCommands where simple.name == "[" || simple.name == "test" {
            let arguments = simple.arguments
            for position in arguments.indices.dropFirst().dropLast() {
                guard let op = arguments[position].literalText, Self.comparisons.contains(op),
                      Self.isXPrefixed(arguments[position - 1], arguments[position + 1]) else { continue }
                report.add(SourceSpan(at: arguments[position - 1].span.start))
            }
        }
    }

    /// `"x$a"` against a word starting with the same `x` (or `X`).
    static func isXPrefixed(_ lhs: ShellWord, _ rhs: ShellWord) -> Bool {
        let left = SC2145.flatten(lhs.parts)
        guard left.count >= 2, let prefix = left[0].constantText, prefix == "x" || prefix == "X" else { return false }
        guard case .parameter = left[1].kind else { return false }
        guard let first = SC2145.flatten(rhs.parts).first?.constantText else { return false }
        return first.hasPrefix(prefix)
    }
}
