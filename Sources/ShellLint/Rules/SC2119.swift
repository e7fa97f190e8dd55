import Basics

/// Use foo "$@" if function's $1 should mean script's $1.
///
/// Reported at each argument-less call of a function that SC2120 flags.
struct SC2119: ShellRule {
    let code = "SC2119"
    let severity = Severity.info
    let summary = "Use foo \"$@\" if function's $1 should mean script's $1."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (name, call) in SC2120.argumentlessFunctions(context).calls {
            report.add(SourceSpan(at: call), "Use \(name) \"$@\" if function's $1 should mean script's $1.")
        }
    }
}
