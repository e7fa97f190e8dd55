import Basics

/// In POSIX sh, set option (name) is undefined.
///
/// Options such as pipefail are bash extensions in plain sh.
struct SC3040: ShellRule {
    let code = "SC3040"
    let severity = Severity.warning
    let summary = "In POSIX sh, set option (name) is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        guard context.isStrictSh else { return }
        for (simple, _) in context.simpleCommands where simple.name == "set" {
            let arguments = simple.arguments
            for (position, argument) in arguments.enumerated() where position > 0 {
                guard let flag = arguments[position - 1].literalText, flag == "-o" || flag == "+o",
                      let option = argument.literalText, !Self.posixOptions.contains(option) else { continue }
                report.add(argument.span, ShellLintContext.posixMessage("set option \(option)"))
            }
        }
    }

    static let posixOptions: Set<String> = [
        "allexport", "errexit", "ignoreeof", "monitor", "noclobber", "noglob", "noexec", "nolog", "notify",
        "nounset", "verbose", "vi", "xtrace",
    ]
}
