import Basics

/// (variable) appears unused. Verify use (or export if used externally).
///
/// An assigned variable that nothing reads is often a typo or dead code.
struct SC2034: ShellRule {
    let code = "SC2034"
    let severity = Severity.warning
    let summary = "(variable) appears unused. Verify use (or export if used externally)."

    /// Variables the shell itself reads.
    static let shellVariables: Set<String> = [
        "IFS", "PATH", "PS1", "PS2", "PS3", "PS4", "PROMPT_COMMAND", "HOME", "CDPATH", "TMOUT", "HISTFILE",
        "HISTSIZE", "HISTFILESIZE", "HISTCONTROL", "HISTIGNORE", "OPTIND", "OPTERR", "LANG", "LC_ALL",
        "LC_CTYPE", "LC_COLLATE", "LC_MESSAGES", "LANGUAGE", "TZ", "TERM", "SHELLOPTS", "BASHOPTS",
        "GLOBIGNORE", "TIMEFORMAT", "MAIL", "MAILPATH", "POSIXLY_CORRECT", "REPLY", "MAPFILE", "FUNCNEST",
        "BASH_ENV", "ENV", "COLUMNS", "LINES", "TMPDIR", "BASH_XTRACEFD", "EDITOR", "PAGER", "VISUAL", "_",
        "COMPREPLY", "READLINE_LINE", "READLINE_POINT", "READLINE_MARK", "HISTTIMEFORMAT", "PROMPT_DIRTRIM",
    ]

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let flow = context.variables
        for (name, span) in flow.assigned.sorted(by: { $0.value.start < $1.value.start }) {
            if flow.referenced.contains(name) || flow.exported.contains(name) { continue }
            if Self.shellVariables.contains(name) || name.hasPrefix("LC_") { continue }
            report.add(span, "\(name) appears unused. Verify use (or export if used externally).")
        }
    }
}
