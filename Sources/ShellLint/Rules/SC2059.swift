import Basics

/// Don't use variables in the printf format string. Use printf '..%s..' "$foo".
///
/// A `%` or backslash in the variable's value would be read as a format directive.
struct SC2059: ShellRule {
    let code = "SC2059"
    let severity = Severity.info
    let summary = "Don't use variables in the printf format string. Use printf '..%s..' \"$foo\"."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard let simple = site.command.simple, simple.name == "printf" else { continue }
            var arguments = simple.arguments[...]
            if arguments.first?.literalText == "-v" { arguments = arguments.dropFirst(2) }
            if arguments.first?.literalText == "--" { arguments = arguments.dropFirst() }
            guard let format = arguments.first, format.literalText == nil else { continue }
            // A format with its own `%` directives is taken to be deliberate (as ShellCheck does).
            if Self.literalText(of: format.parts).contains("%") { continue }
            report.add(format.span)
        }
    }

    /// The constant pieces of a word, quoted or not.
    static func literalText(of parts: [WordPart]) -> String {
        parts.map { part in
            if case .doubleQuoted(let inner, _) = part.kind { return literalText(of: inner) }
            return part.constantText ?? ""
        }.joined()
    }
}
