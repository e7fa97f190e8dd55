import Basics

/// A `%(name)s`-style expansion in a value (supervisord formats values with Python's `%`
/// operator), or a `%` that Python would reject, with `problem` saying why.
struct Expansion: Sendable {
    /// The name between the parentheses; nil for a bare `%`.
    var name: String?
    /// Scalar offsets in the entry's value.
    var range: Range<Int>
    var problem: String?

    /// Names supervisord defines besides `ENV_*`.
    static let builtinNames: Set<String> = ["here", "program_name", "process_num", "group_name", "host_node_name",
                                            "numprocs"]

    /// Names whose value is a number, so numeric conversions (`%(process_num)02d`) apply.
    static let integerNames: Set<String> = ["process_num", "numprocs"]

    /// Finds every `%` directive in `value`; `%%` is a literal percent sign and is skipped.
    static func scan(_ value: [Unicode.Scalar]) -> [Expansion] {
        var found: [Expansion] = []
        var index = 0
        let count = value.count
        while index < count {
            guard value[index] == "%" else {
                index += 1
                continue
            }
            let start = index
            if index + 1 < count, value[index + 1] == "%" {
                index += 2
                continue
            }
            guard index + 1 < count, value[index + 1] == "(" else {
                found.append(Expansion(name: nil, range: start..<start + 1,
                                       problem: "a literal `%` must be written `%%`"))
                index += 1
                continue
            }
            guard let close = value[(index + 2)...].firstIndex(of: ")") else {
                found.append(Expansion(name: nil, range: start..<count, problem: "`%(` is not closed with `)`"))
                return found
            }
            let name = String(String.UnicodeScalarView(value[(index + 2)..<close]))
            var cursor = close + 1
            // Python's conversion spec: flags, width, precision, length modifier, conversion.
            while cursor < count, "#0- +".unicodeScalars.contains(value[cursor]) { cursor += 1 }
            while cursor < count, ("0"..."9").contains(value[cursor]) { cursor += 1 }
            if cursor < count, value[cursor] == "." {
                cursor += 1
                while cursor < count, ("0"..."9").contains(value[cursor]) { cursor += 1 }
            }
            if cursor < count, "hlL".unicodeScalars.contains(value[cursor]) { cursor += 1 }
            var problem: String?
            if cursor < count, "diouxXeEfFgGcrsa".unicodeScalars.contains(value[cursor]) {
                let conversion = value[cursor]
                cursor += 1
                if name.isEmpty {
                    problem = "`%()` has no name"
                } else if !name.hasPrefix("ENV_"), !builtinNames.contains(name) {
                    problem = "`%(\(name))` is not a name supervisord defines (ENV_*, "
                        + builtinNames.sorted().joined(separator: ", ") + ")"
                } else if !integerNames.contains(name), !"rsa".unicodeScalars.contains(conversion) {
                    // `%(ENV_X) -f` reads as flags and a float conversion of a string: a TypeError.
                    problem = "`%(\(name))` is text: write `%(\(name))s`"
                }
            } else {
                problem = "`%(\(name))` needs a conversion such as `s` or `d` after it"
            }
            found.append(Expansion(name: name, range: start..<cursor, problem: problem))
            index = cursor
        }
        return found
    }
}
