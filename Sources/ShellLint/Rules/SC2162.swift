import Basics

/// read without -r will mangle backslashes.
///
/// Plain `read` treats backslashes as escapes and drops them.
struct SC2162: ShellRule {
    let code = "SC2162"
    let severity = Severity.info
    let summary = "read without -r will mangle backslashes."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            guard let simple = site.command.simple, simple.name == "read" else { continue }
            var hasRaw = false
            var skipValue = false
            for argument in simple.arguments {
                if skipValue {
                    skipValue = false
                    continue
                }
                guard let text = argument.literalText else { continue }
                guard text.hasPrefix("-"), text.count > 1 else { break }
                if text == "--" { break }
                for flag in text.dropFirst() {
                    if flag == "r" { hasRaw = true }
                }
                if let last = text.last, "adinNptu".contains(last) { skipValue = true }
            }
            if !hasRaw { report.add(simple.words[0].span) }
        }
    }
}
