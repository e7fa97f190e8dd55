import Basics

/// This format string has (n) variables, but is passed (m) arguments.
///
/// printf reuses the format for extra arguments and fills missing ones with empty strings.
struct SC2183: ShellRule {
    let code = "SC2183"
    let severity = Severity.warning
    let summary = "This format string has (n) variables, but is passed (m) arguments."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "printf" {
            var arguments = simple.arguments[...]
            if arguments.first?.literalText == "-v" { arguments = arguments.dropFirst(2) }
            if arguments.first?.literalText == "--" { arguments = arguments.dropFirst() }
            guard let format = arguments.first, let text = format.literalText else { continue }
            let values = arguments.dropFirst()
            // An array expansion passes an unknown number of values.
            if values.contains(where: { $0.parts.contains { part in
                if case .parameter(let expansion) = part.kind { return expansion.isAllElements }
                if case .doubleQuoted(let inner, _) = part.kind {
                    return inner.contains { if case .parameter(let expansion) = $0.kind { expansion.isAllElements } else { false } }
                }
                return false
            } }) { continue }
            let variables = Self.countDirectives(text)
            guard variables > 0, values.count < variables || values.count % variables != 0 else { continue }
            report.add(format.span, "This format string has \(variables) variable\(variables == 1 ? "" : "s"), "
                + "but is passed \(values.count) argument\(values.count > 1 ? "s" : "").")
        }
    }

    /// `%s`, `%5.2f`, `%-10s`: each takes one argument (`%%` none, `*` widths one more).
    static func countDirectives(_ format: String) -> Int {
        let scalars = Array(format.unicodeScalars)
        var count = 0
        var position = 0
        while position < scalars.count {
            guard scalars[position] == "%" else {
                position += 1
                continue
            }
            position += 1
            if position < scalars.count, scalars[position] == "%" {
                position += 1
                continue
            }
            while position < scalars.count, "-+ #0123456789.*".unicodeScalars.contains(scalars[position]) {
                if scalars[position] == "*" { count += 1 }
                position += 1
            }
            if position < scalars.count { count += 1 }
            position += 1
        }
        return count
    }
}
