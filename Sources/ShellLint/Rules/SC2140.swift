import Basics

/// Word is of the form "A"B"C" (B indicated). Did you mean "ABC" or "A\"B\"C"?
///
/// Quotes meant to be literal inside a string end it instead; `B` ends up unquoted.
struct SC2140: ShellRule {
    let code = "SC2140"
    let severity = Severity.warning
    let summary = "Word is of the form \"A\"B\"C\" (B indicated). Did you mean \"ABC\" or \"A\\\"B\\\"C\"?"

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words {
            let parts = site.word.parts
            guard parts.count >= 3 else { continue }
            for position in 1..<(parts.count - 1) {
                guard case .doubleQuoted(let before, _) = parts[position - 1].kind,
                      case .doubleQuoted(let after, _) = parts[position + 1].kind,
                      case .literal(let text) = parts[position].kind,
                      Self.isLiteral(before.last), Self.isLiteral(after.first),
                      text.unicodeScalars.allSatisfy({ $0.isNameCharacter || $0 == "-" || $0 == "." })
                else { continue }
                report.add(parts[position].span)
            }
        }
    }

    static func isLiteral(_ part: WordPart?) -> Bool {
        guard let part else { return false }
        if case .literal = part.kind { return true }
        return false
    }
}
