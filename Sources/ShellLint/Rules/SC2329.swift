import Basics

/// This function is never invoked. Check usage (or ignored if invoked indirectly).
///
/// A function no command calls by name is dead code (or called indirectly: through a variable,
/// a helper or a trap). As in ShellCheck 0.11, only scripts with a top-level `exit` are
/// judged; others may be sourced and their functions called later.
struct SC2329: ShellRule {
    let code = "SC2329"
    let severity = Severity.info
    let summary = "This function is never invoked. Check usage (or ignored if invoked indirectly)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let functions = context.index.functions
        guard !functions.isEmpty else { return }
        // Only direct calls count, as in ShellCheck: `call f`, `$action` or a trap handler do not.
        let mentioned = Set(context.simpleCommands.compactMap(\.0.name))
        // Without a top-level `exit` the script may be sourced and its functions called later
        // (ShellCheck 0.11 reasons the same way).
        guard context.script.body.items.contains(where: { $0.loneSimpleCommand?.name == "exit" }) else { return }
        for function in functions where !mentioned.contains(function.name) {
            report.add(function.nameSpan)
        }
    }
}
