import Basics

/// In POSIX sh, echo flags are undefined.
///
/// `echo -n` and `echo -e` differ between shells; use printf.
struct SC3037: ShellRule {
    let code = "SC3037"
    let severity = Severity.warning
    let summary = "In POSIX sh, echo flags are undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isStrictSh else { return }
        for flags in Self.echoFlags(context) { report.add(flags.span) }
    }

    /// The first argument of every `echo` (or `/bin/echo`) that is a cluster of its flags `-neE`.
    static func echoFlags(_ context: ShellLintContext) -> [ShellWord] {
        context.simpleCommands.compactMap { simple, _ in
            guard let name = simple.name, name == "echo" || name.hasSuffix("/echo"),
                  let first = simple.arguments.first, let text = first.literalText, text.count > 1,
                  text.hasPrefix("-"), text.dropFirst().allSatisfy({ "neE".contains($0) }) else { return nil }
            return first
        }
    }
}
