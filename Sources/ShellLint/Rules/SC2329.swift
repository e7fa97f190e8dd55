import Basics

/// This function is never invoked. Check usage (or ignored if invoked indirectly).
///
/// A function no command calls by name is dead code (or called indirectly: through a variable,
/// a helper or a trap). As in ShellCheck 0.11, a function is judged when it goes out of scope:
/// when it is defined again (uncalled in between), removed with `unset -f`, or the script ends
/// with a top-level `exit`. Without that exit the script may be sourced and its functions
/// called later, so the last definitions are spared, except those nested in another function.
struct SC2329: ShellRule {
    let code = "SC2329"
    let severity = Severity.info
    let summary = "This function is never invoked. Check usage (or ignored if invoked indirectly)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let functions = context.index.functions
        guard !functions.isEmpty else { return }
        // Only direct calls count, as in ShellCheck: `call f`, `$action` or a trap handler do not.
        var calls: [String: [SourceLocation]] = [:]
        var unset = Set<String>()
        for (simple, command) in context.simpleCommands {
            guard let name = simple.name else { continue }
            calls[name, default: []].append(command.span.start)
            if name == "unset", simple.arguments.first?.literalText == "-f" {
                unset.formUnion(simple.arguments.dropFirst().compactMap(\.literalText))
            }
        }
        let exits = context.script.body.items.contains(where: { $0.loneSimpleCommand?.name == "exit" })
        // Where each name is defined next, walking backwards once.
        var nextDefinition: [SourceLocation?] = Array(repeating: nil, count: functions.count)
        var following: [String: SourceLocation] = [:]
        for (position, function) in functions.enumerated().reversed() {
            nextDefinition[position] = following[function.name]
            following[function.name] = function.nameSpan.start
        }
        // Functions come in source order, so the bodies still open form a stack.
        var openBodies: [SourceLocation] = []
        for (position, function) in functions.enumerated() {
            while let end = openBodies.last, end <= function.nameSpan.start { openBodies.removeLast() }
            let isNested = !openBodies.isEmpty
            openBodies.append(function.body.span.end)
            let sites = calls[function.name] ?? []
            if let next = nextDefinition[position] {
                let start = function.nameSpan.start
                if !sites.contains(where: { start < $0 && $0 < next }) { report.add(function.nameSpan) }
            } else if sites.isEmpty, exits || isNested || unset.contains(function.name) {
                report.add(function.nameSpan)
            }
        }
    }
}
