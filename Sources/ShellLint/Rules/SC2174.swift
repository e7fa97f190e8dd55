import Basics

/// When used with -p, -m only applies to the deepest directory.
///
/// `mkdir -p -m 700 a/b` creates `a` with the default mode.
struct SC2174: ShellRule {
    let code = "SC2174"
    let severity = Severity.warning
    let summary = "When used with -p, -m only applies to the deepest directory."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "mkdir" {
            guard simple.hasFlag("p", long: "parents") else { continue }
            for argument in simple.arguments {
                guard let text = argument.literalText else { continue }
                if text == "--mode" || text.hasPrefix("--mode=") || (text.hasPrefix("-") && !text.hasPrefix("--") && text.contains("m")) {
                    report.add(argument.span)
                    break
                }
            }
        }
    }
}
