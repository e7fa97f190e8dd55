import Basics

/// In POSIX sh, (variable) is undefined.
///
/// Bash's own variables such as RANDOM or HOSTNAME are empty in sh.
struct SC3028: ShellRule {
    let code = "SC3028"
    let severity = Severity.warning
    let summary = "In POSIX sh, (variable) is undefined."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard context.isPOSIX else { return }
        // A script that sets one itself (`UID=$(id -u)`) is not relying on bash for it.
        for site in context.index.expansions where Self.bashVariables.contains(site.expansion.name)
            && context.variables.assigned[site.expansion.name] == nil {
            report.add(site.span, ShellLintContext.posixMessage(site.expansion.name))
        }
    }

    static let bashVariables: Set<String> = [
        "RANDOM", "SRANDOM", "HOSTNAME", "BASH_SOURCE", "BASH_VERSION", "BASH_VERSINFO", "BASHPID", "UID", "EUID",
        "SECONDS", "PIPESTATUS", "FUNCNAME", "BASH_LINENO", "BASH_REMATCH", "OSTYPE", "HOSTTYPE", "MACHTYPE",
        "SHLVL", "DIRSTACK", "GROUPS", "EPOCHSECONDS", "EPOCHREALTIME", "BASH", "BASH_ARGV", "BASH_ARGC",
        "BASH_COMMAND", "COMP_WORDS", "HISTCMD",
    ]
}
