import Basics

/// Prefer [ p ] && [ q ] as [ p -a q ] is not well defined.
///
/// POSIX marks `-a` and `-o` inside `[` as obsolescent; their grouping is ambiguous.
struct SC2166: ShellRule {
    let code = "SC2166"
    let severity = Severity.warning
    let summary = "Prefer [ p ] && [ q ] as [ p -a q ] is not well defined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard let simple = site.command.simple, simple.name == "[" else { continue }
            let arguments = simple.arguments
            // Position 0 would be a unary test (`[ -a file ]`), not a connective.
            for (position, argument) in arguments.enumerated() where position > 0 && position < arguments.count - 2 {
                switch argument.literalText {
                case "-a" where argument.parts.count == 1:
                    report.add(argument.span)
                case "-o" where argument.parts.count == 1:
                    report.add(argument.span, "Prefer [ p ] || [ q ] as [ p -o q ] is not well defined.")
                default:
                    continue
                }
            }
        }
    }
}
