import Basics

/// This \o will be a regular 'o' in this context.
///
/// Outside quotes a backslash before a character with no special meaning only drops the
/// backslash, which often hides a misunderstanding (`\d` is not a regex class here).
struct SC1001: ShellRule {
    let code = "SC1001"
    let severity = Severity.info
    let summary = "This \\o will be a regular 'o' in this context."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (part, character) in Self.plainEscapes(context) where !SC1012.names.keys.contains(character) {
            report.add(part.span, "This \\\(character) will be a regular '\(character)' in this context.")
        }
    }

    /// Characters a backslash may usefully protect outside quotes: the shell's operators,
    /// quotes, blanks, and glob, brace, history and comment characters.
    static let meaningful: Set<Character> = [
        "|", "&", ";", "<", ">", "(", ")", "\\", " ", "\t", "\n", "\r", "'", "\"", "$", "`",
        "?", "*", "@", "!", "+", "[", "]", "{", "}", ".", ",", "~", "#", "\u{A0}",
    ]

    /// Every unquoted backslash escape of a character in no need of one, with that character.
    /// A backslash at the start of a command name is the usual way to skip an alias and is kept.
    static func plainEscapes(_ context: ShellLintContext) -> [(WordPart, Character)] {
        var result: [(WordPart, Character)] = []
        // A here-doc delimiter (`<<\EOF`) is quoted that way on purpose; regexes escape freely.
        for site in context.index.words where site.role != .heredocDelimiter && site.role != .testRegex {
            for (position, part) in site.word.parts.enumerated() {
                guard case .escaped(let text) = part.kind, let character = text.first,
                      !meaningful.contains(character) else { continue }
                if position == 0, site.role == .commandName { continue }
                result.append((part, character))
            }
        }
        return result
    }
}
