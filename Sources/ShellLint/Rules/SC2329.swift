import Basics

/// This function is never invoked. Check usage (or ignored if invoked indirectly).
///
/// A function no command calls by name is dead code (or called indirectly: through a variable,
/// a helper or a trap). As in ShellCheck 0.11, a top-level function is judged only in scripts
/// with a top-level `exit` (others may be sourced and their functions called later); one
/// defined inside another function is judged always.
struct SC2329: ShellRule {
    let code = "SC2329"
    let severity = Severity.info
    let summary = "This function is never invoked. Check usage (or ignored if invoked indirectly)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let functions = context.index.functions
        guard !functions.isEmpty else { return }
        // Only direct calls count, as in ShellCheck: `call f`, `$action` or a trap handler do not.
        let mentioned = Set(context.simpleCommands.compactMap(\.0.name))
        let exits = context.script.body.items.contains(where: { $0.loneSimpleCommand?.name == "exit" })
        // Functions come in source order, so the bodies still open form a stack.
        var openBodies: [SourceLocation] = []
        for function in functions {
            while let end = openBodies.last, end <= function.nameSpan.start { openBodies.removeLast() }
            let isNested = !openBodies.isEmpty
            openBodies.append(function.body.span.end)
            if (exits || isNested), !mentioned.contains(function.name) {
                report.add(function.nameSpan)
            }
        }
    }
}
