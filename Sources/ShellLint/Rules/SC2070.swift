import Basics

/// -n doesn't work with unquoted arguments. Quote or use [[ ]].
///
/// `[ -n $x ]` with an empty `x` becomes `[ -n ]`, which is true.
struct SC2070: ShellRule {
    let code = "SC2070"
    let severity = Severity.error
    let summary = "-n doesn't work with unquoted arguments. Quote or use [[ ]]."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "[" || simple.name == "test" {
            let arguments = simple.arguments.filter { $0.literalText != "]" }
            guard arguments.count == 2, arguments[0].literalText == "-n", !arguments[1].hasQuotes,
                  arguments[1].literalText == nil else { continue }
            report.add(arguments[1].span)
        }
    }
}
