import Basics

/// A `; pipeline ignore=CODES` comment (or `global ignore=` for the whole file).
struct Pragma: Sendable {
    var codes: Set<String>
    var isGlobal: Bool
    var line: Int

    /// Reads a comment's text (after `;` or `#`); nil when it is not a pragma.
    init?(comment: ConfigComment) {
        let words = comment.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.first?.lowercased() == "pipeline", words.count >= 2 else { return nil }
        var rest = Array(words.dropFirst())
        isGlobal = rest[0].lowercased() == "global"
        if isGlobal { rest.removeFirst() }
        // `ignore=A, B` may have blanks after commas; join the remaining words back.
        let setting = rest.joined()
        guard setting.lowercased().hasPrefix("ignore=") else { return nil }
        codes = Set(setting.dropFirst("ignore=".count).split(separator: ",").map { $0.trimmedBlanks() }.filter { !$0.isEmpty })
        guard !codes.isEmpty else { return nil }
        line = comment.span.start.line
    }
}

/// Applies ignore pragmas once, after every rule ran. A pragma before a section header covers
/// the whole section; before a key, that key.
extension Pragma {
    /// What the `; pipeline ignore=` comments of `config` silence: a pragma above a section
    /// header covers the section, one above a key covers the key, a global one the file.
    static func suppressions(in config: SupervisorConfig) -> Suppressions {
        var result = Suppressions()
        let headers = config.sections.map(\.line)
        let keys = config.sections.flatMap { $0.entries.map(\.line) }
        let items = (headers + keys).sorted()
        for comment in config.comments {
            guard let pragma = Pragma(comment: comment) else { continue }
            if pragma.isGlobal {
                result.everywhere.formUnion(pragma.codes)
                continue
            }
            guard let next = items.first(where: { $0 > pragma.line }) else { continue }
            if headers.contains(next) {
                let end = (headers.first { $0 > next } ?? Int.max) - 1
                result.ignore(pragma.codes, lines: next...max(next, end))
            } else {
                result.ignore(pragma.codes, lines: next...next)
            }
        }
        return result
    }
}
