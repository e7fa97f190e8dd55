import Basics

/// Quote the parameter to -name so the shell won't interpret it.
///
/// An unquoted `*.txt` is expanded by the shell before find sees it.
struct SC2061: ShellRule {
    let code = "SC2061"
    let severity = Severity.warning
    let summary = "Quote the parameter to -name so the shell won't interpret it."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let patternOptions: Set<String> = ["-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename", "-regex", "-iregex", "-lname", "-ilname"]
        for (simple, _) in context.simpleCommands where simple.name == "find" {
            let arguments = simple.arguments
            for (position, argument) in arguments.enumerated().dropFirst() {
                guard let option = arguments[position - 1].literalText, patternOptions.contains(option),
                      argument.unquotedLiteralText.contains(where: { "*?[".contains($0) }) else { continue }
                let message = "Quote the parameter to \(option) so the shell won't interpret it."
                report.add(argument.span, message)
            }
        }
    }
}
