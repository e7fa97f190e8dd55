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
        // Where each name is defined next in the same command list (a definition in another
        // branch of an `if` is an alternative, not a replacement).
        var nextDefinition: [SourceLocation: SourceLocation] = [:]
        for siblings in Self.definitionsByList(context.script.body) {
            var following: [String: SourceLocation] = [:]
            for function in siblings.reversed() {
                if let next = following[function.name] { nextDefinition[function.nameSpan.start] = next }
                following[function.name] = function.nameSpan.start
            }
        }
        // Functions come in source order, so the bodies still open form a stack.
        var openBodies: [SourceLocation] = []
        for function in functions {
            while let end = openBodies.last, end <= function.nameSpan.start { openBodies.removeLast() }
            let isNested = !openBodies.isEmpty
            openBodies.append(function.body.span.end)
            let sites = calls[function.name] ?? []
            if let next = nextDefinition[function.nameSpan.start] {
                let start = function.nameSpan.start
                if !sites.contains(where: { start < $0 && $0 < next }) { report.add(function.nameSpan) }
            } else if sites.isEmpty, exits || isNested || unset.contains(function.name) {
                report.add(function.nameSpan)
            }
        }
    }

    /// The function definitions standing directly in each command list, list by list.
    static func definitionsByList(_ root: CommandList) -> [[FunctionDefinition]] {
        var result: [[FunctionDefinition]] = []
        var pending = [root]
        while let list = pending.popLast() {
            var here: [FunctionDefinition] = []
            for item in list.items {
                for pipeline in item.pipelines {
                    for command in pipeline.commands {
                        switch command.kind {
                        case .function(let function):
                            here.append(function)
                            switch function.body.kind {
                            case .group(let body), .subshell(let body): pending.append(body)
                            default: break
                            }
                        case .subshell(let body), .group(let body):
                            pending.append(body)
                        case .ifClause(let clause):
                            pending += clause.branches.flatMap { [$0.condition, $0.body] }
                            if let elseBody = clause.elseBody { pending.append(elseBody) }
                        case .forLoop(let loop):
                            pending.append(loop.body)
                        case .arithmeticFor(let loop):
                            pending.append(loop.body)
                        case .whileLoop(let loop):
                            pending += [loop.condition, loop.body]
                        case .caseClause(let clause):
                            pending += clause.items.map(\.body)
                        case .simple, .doubleBracket, .arithmetic:
                            break
                        }
                    }
                }
            }
            if here.count > 1 { result.append(here) }
        }
        return result
    }
}
