import Basics

/// Use ./*glob* or -- *glob* so names with dashes won't become options.
///
/// A file called `-rf` matched by `*` becomes an option of the command.
struct SC2035: ShellRule {
    let code = "SC2035"
    let severity = Severity.info
    let summary = "Use ./*glob* or -- *glob* so names with dashes won't become options."

    /// Commands that do not take options from their operands (or print them).
    static let exempt: Set<String> = ["echo", "printf", "for", "[", "[[", "test", "case", "set", "export", "local"]

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard let simple = site.command.simple, let name = simple.name, !Self.exempt.contains(name) else { continue }
            for argument in simple.arguments {
                if argument.literalText == "--" { break }
                guard let first = argument.parts.first, case .literal(let text) = first.kind,
                      text.hasPrefix("*") else { continue }
                report.add(argument.span)
            }
        }
    }
}
