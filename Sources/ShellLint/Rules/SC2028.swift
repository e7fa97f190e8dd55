import Basics

/// echo may not expand escape sequences. Use printf.
///
/// Whether `echo "a\\nb"` prints a newline depends on the shell.
struct SC2028: ShellRule {
    let code = "SC2028"
    let severity = Severity.info
    let summary = "echo may not expand escape sequences. Use printf."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "echo" {
            // Leading flags: with `-e` the escapes are meant; `-n` changes nothing here.
            let flags = simple.arguments.prefix { $0.literalText.map { $0.count > 1 && $0.hasPrefix("-") } ?? false }
            if flags.contains(where: { $0.literalText?.contains("e") == true }) { continue }
            for argument in simple.arguments.dropFirst(flags.count) {
                // `$'…'` is decoded by the shell itself, so its backslashes are fine.
                let text = SC2059.literalText(of: argument.parts.filter {
                    if case .ansiCQuoted = $0.kind { return false }
                    return true
                })
                if Self.hasEscape(text) {
                    report.add(argument.span)
                    break
                }
            }
        }
    }

    static func hasEscape(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() where scalar == "\\" && position + 1 < scalars.count {
            if "nrtabfv0123456789cex\\".unicodeScalars.contains(scalars[position + 1]) { return true }
        }
        return false
    }
}
