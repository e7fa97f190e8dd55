import Basics

/// \t is just literal 't' here. For tab, use "$(printf '\t')" instead.
///
/// Outside quotes `\t`, `\n` and `\r` are the plain letters, not the control characters
/// their escapes mean to `printf` and `echo -e`.
struct SC1012: ShellRule {
    let code = "SC1012"
    let severity = Severity.warning
    let summary = "\\t is just literal 't' here. For tab, use \"$(printf '\\t')\" instead."

    /// The escapes a reader takes for control characters, with what they name and a way to write them.
    static let names: [Character: (name: String, replacement: String)] = [
        "n": ("line feed", "a quoted, literal line feed"),
        "t": ("tab", "\"$(printf '\\t')\""),
        "r": ("carriage return", "\"$(printf '\\r')\""),
    ]

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (part, character) in SC1001.plainEscapes(context) {
            guard let meaning = Self.names[character] else { continue }
            report.add(part.span, "\\\(character) is just literal '\(character)' here. For \(meaning.name), use \(meaning.replacement) instead.")
        }
    }
}
