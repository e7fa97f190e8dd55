import Basics

/// What the script's assignments say about variables' values, for the quoting rules: which are
/// safe to leave unquoted and which hold arrays.
struct VariableValues: Sendable {
    /// How one assignment left the variable.
    enum Value: Sendable {
        /// Blank-free constants, numbers, or pieces that are themselves safe.
        case safe
        /// `x=` or `x=""`: harmless next to a safe value on another path, unsafe alone.
        case empty
        case unsafe
        /// A constant or expansions of these variables: safe when they all are.
        case dependsOn([String])
    }

    /// Variables whose every assignment is safe, wherever it is (used when no assignment
    /// comes before the expansion, as in a function defined before its variables).
    var safe: Set<String> = []
    /// Each variable's assignments in source order, already resolved to safe or not.
    var assignments: [String: [Entry]] = [:]

    /// Loop commands: inside one, an assignment later in the body reaches earlier expansions.
    var loops: [SourceSpan] = []
    /// Function bodies: a function may run after any assignment outside it.
    var functionBodies: [SourceSpan] = []
    /// The whole script: an assignment dominating it ran unconditionally at the top level.
    var scriptSpan = SourceSpan(at: SourceLocation(line: 1, column: 1))
    /// Places after which a variable is assigned on every path (an `if` with `else` or a `case`
    /// with `*)` that assigns it in every branch), with the list they dominate.
    var definiteAssignments: [String: [(at: SourceLocation, dominates: SourceSpan)]] = [:]

    struct Entry: Sendable {
        var at: SourceLocation
        var isSafe: Bool
        var isEmpty: Bool
        /// The command list the assignment is a whole item of: everything after it in that list
        /// runs only after the assignment did (`nil` when it is conditional, as after `&&`).
        var dominates: SourceSpan?
    }
    /// Variables assigned as arrays, with the first such assignment.
    var arrays: [String: SourceLocation] = [:]
    /// Every place each variable is made an array, to tell it from later plain assignments.
    var arrayAssignments: [String: [SourceLocation]] = [:]
    /// Where `name=value` statements (no declaration builtin) stand: on an array they set element 0.
    var elementZeroAssignments: Set<SourceLocation> = []

    /// Shell variables that always hold numbers.
    static let numericShellVariables: Set<String> = [
        "RANDOM", "LINENO", "SECONDS", "PPID", "UID", "EUID", "BASHPID", "OPTIND", "COLUMNS", "LINES",
        "SHLVL", "HISTCMD", "EPOCHSECONDS", "SRANDOM",
    ]

    /// `constants` are names set to a safe constant before the script starts (a Dockerfile's
    /// ARG and ENV names, whose values the RUN cannot see when it is checked).
    init(index: SyntaxIndex, script: ShellScript, constants: Set<String> = []) {
        var raw: [String: [(at: SourceLocation, value: Value)]] = [:]
        // Assignments that are whole items of a command list, with that list.
        var unconditional: [SourceLocation: SourceSpan] = [:]
        func noteUnconditional(_ list: CommandList) {
            for item in list.items where !item.rest.isEmpty && !item.isBackground {
                for location in Self.constantsAtChainStart(item) where unconditional[location] == nil { unconditional[location] = list.span }
            }
            for item in list.items where item.rest.isEmpty && !item.isBackground {
                guard item.first.commands.count == 1 else { continue }
                let command = item.first.commands[0]
                for name in Self.assignedInEveryBranch(command, exiting: exiting) {
                    definiteAssignments[name, default: []].append((command.span.start, list.span))
                }
                for redirection in command.redirections where redirection.fdVariable != nil {
                    unconditional[redirection.span.start] = list.span
                }
                guard let simple = command.simple else { continue }
                for (_, span) in VariableFlow.assignedNames(by: simple.name ?? "", arguments: simple.arguments) {
                    unconditional[span.start] = list.span
                }
                if simple.words.isEmpty {
                    for assignment in simple.assignments { unconditional[assignment.span.start] = list.span }
                }
                for declaration in simple.declarations { unconditional[declaration.span.start] = list.span }
                for (_, span) in Self.declaredEmpty(simple) { unconditional[span.start] = list.span }
            }
        }
        // Functions that always end the script (`die() { echo …; exit 1; }`): a branch calling
        // one does not reach what follows.
        let exiting = Set(index.functions.compactMap { function -> String? in
            guard case .group(let body) = function.body.kind else { return nil }
            let exits = body.items.contains { item in
                item.rest.isEmpty && !item.isBackground && item.first.commands.count == 1
                    && item.first.commands[0].simple?.name == "exit"
            }
            return exits ? function.name : nil
        })
        for list in Self.commandLists(script: script, index: index) { noteUnconditional(list) }
        functionBodies = index.functions.map(\.body.span)
        scriptSpan = script.body.span
        func record(_ name: String, _ location: SourceLocation, _ value: Value) {
            raw[name, default: []].append((location, value))
        }
        // Only the constants the script expands matter.
        let beforeScript = SourceLocation(line: 0, column: 0)
        let usedConstants = constants.isEmpty ? [] : Set(index.expansions.map(\.expansion.name)).intersection(constants)
        if !usedConstants.isEmpty { unconditional[beforeScript] = script.body.span }
        for name in usedConstants { record(name, beforeScript, .safe) }
        for site in index.assignments {
            let assignment = site.assignment
            switch assignment.value {
            case .word(let word):
                if site.declaredBy == nil, assignment.index == nil { elementZeroAssignments.insert(assignment.span.start) }
                if assignment.index != nil {
                    noteArray(assignment.name, at: assignment.span.start)
                }
                record(assignment.name, assignment.span.start, Self.value(of: word))
                if assignment.index != nil { unconditional[assignment.span.start] = nil }
            case .array:
                noteArray(assignment.name, at: assignment.span.start)
                record(assignment.name, assignment.span.start, .unsafe)
            }
        }
        for site in index.commands {
            switch site.command.kind {
            case .whileLoop, .forLoop, .arithmeticFor: loops.append(site.command.span)
            default: break
            }
            if case .forLoop(let loop) = site.command.kind {
                // `for p in A_ B_ ''`: constants, empty ones included.
                let isSafe = loop.items.map { items in
                    items.allSatisfy { Self.isSafeValue($0) || $0.literalText == "" } && items.contains(where: Self.isSafeValue)
                } ?? false
                record(loop.variable, site.command.span.start, isSafe ? .safe : .unsafe)
                // Its uses are in the loop body, which runs only after it was set.
                unconditional[site.command.span.start] = site.command.span
            }
            // `exec {fd}>file` stores a descriptor number.
            for redirection in site.command.redirections {
                if let name = redirection.fdVariable { record(name, redirection.span.start, .safe) }
            }
            guard let simple = site.command.simple, let name = simple.name else { continue }
            let readArray = name == "read" ? Self.readArrayTarget(simple.arguments) : nil
            for (target, span) in VariableFlow.assignedNames(by: name, arguments: simple.arguments)
            where target != readArray?.name {
                record(target, span.start, .unsafe)
            }
            for (target, span) in Self.declaredEmpty(simple) { record(target, span.start, .empty) }
            let arguments = simple.arguments.compactMap(\.literalText)
            // The array exists once the command has run (`read -ra ip <<< "$ip"` reads the old `ip`).
            if name == "mapfile" || name == "readarray", let last = simple.arguments.last,
               let text = last.literalText, VariableFlow.isName(text) {
                noteArray(text, at: site.command.span.end)
            }
            if let readArray { noteArray(readArray.name, at: site.command.span.end) }
            if ["declare", "local", "typeset"].contains(name),
               arguments.contains(where: { $0.hasPrefix("-") && ($0.contains("a") || $0.contains("A")) }) {
                // ShellCheck takes `local -a a=() b` to make only `a` an array.
                for argument in arguments where VariableFlow.isName(argument) && name != "local" {
                    noteArray(argument, at: site.command.span.start)
                }
                for declaration in simple.declarations {
                    noteArray(declaration.name, at: declaration.span.start)
                }
            }
        }
        for site in index.expansions where site.expansion.operation == .assignDefault
            || site.expansion.operation == .assignDefaultIfEmpty {
            record(site.expansion.name, site.span.start, .unsafe)
        }
        // Resolve `x=$y` chains from the bottom up: a variable is safe once every value it
        // takes is, so a cycle (`ID=$ID`, which keeps the environment's value) never is. A
        // variable may still build on itself (`p=1; p=$p`) when it has a safe value of its own.
        let candidates = raw.compactMap { name, values -> String? in
            let allowed = values.allSatisfy { if case .unsafe = $0.value { false } else { true } }
            let hasValue = values.contains { if case .empty = $0.value { false } else { true } }
            return allowed && hasValue ? name : nil
        }
        var safeNames = Set<String>()
        var changed = true
        while changed {
            changed = false
            for name in candidates where !safeNames.contains(name) {
                let values = raw[name, default: []]
                let hasBase = values.contains { entry in
                    if case .dependsOn(let names) = entry.value { return !names.contains(name) }
                    if case .empty = entry.value { return false }
                    return true
                }
                let ready = values.allSatisfy { entry in
                    guard case .dependsOn(let names) = entry.value else { return true }
                    return names.allSatisfy { dependency in
                        safeNames.contains(dependency) || Self.numericShellVariables.contains(dependency)
                            || (dependency == name && hasBase)
                    }
                }
                if ready {
                    safeNames.insert(name)
                    changed = true
                }
            }
        }
        safe = safeNames
        for (name, values) in raw {
            assignments[name] = values.map { entry -> Entry in
                let isSafe: Bool
                switch entry.value {
                case .safe: isSafe = true
                case .empty: return Entry(at: entry.at, isSafe: true, isEmpty: true, dominates: unconditional[entry.at])
                case .unsafe: isSafe = false
                case .dependsOn(let names):
                    isSafe = names.allSatisfy { safeNames.contains($0) || Self.numericShellVariables.contains($0) }
                }
                return Entry(at: entry.at, isSafe: isSafe, isEmpty: false, dominates: unconditional[entry.at])
            }.sorted { $0.at < $1.at }
        }
    }

    /// What an assigned word makes of the variable.
    static func value(of word: ShellWord) -> Value {
        if isSafeValue(word) { return .safe }
        var names: [String] = []
        var hasContent = false
        for part in SC2145.flatten(word.parts) {
            switch part.kind {
            case .parameter(let expansion):
                hasContent = true
                if expansion.isLength || ["?", "#", "$", "!"].contains(expansion.name) { continue }
                guard expansion.isVariableName, expansion.index == nil, expansion.operation == nil else { return .unsafe }
                names.append(expansion.name)
            case .arithmetic:
                hasContent = true
            default:
                guard let text = part.constantText, isSafeText(text) else { return .unsafe }
                hasContent = hasContent || !text.isEmpty
            }
        }
        guard hasContent else { return names.isEmpty ? .empty : .unsafe }
        return names.isEmpty ? .safe : .dependsOn(names)
    }

    private mutating func noteArray(_ name: String, at location: SourceLocation) {
        arrayAssignments[name, default: []].append(location)
        if let existing = arrays[name], existing < location { return }
        arrays[name] = location
    }

    /// The array `read -a NAME` (or `-ra NAME`) fills.
    static func readArrayTarget(_ arguments: [ShellWord]) -> (name: String, span: SourceSpan)? {
        guard let flag = arguments.firstIndex(where: { word in
            guard let text = word.literalText else { return false }
            return text.hasPrefix("-") && text.hasSuffix("a")
        }), flag + 1 < arguments.count, let name = arguments[flag + 1].literalText else { return nil }
        return (name, arguments[flag + 1].span)
    }

    /// Whether `name` may hold an array at `location`: made one before, and not surely
    /// given a plain value since (`arr=(a b)` … `read -r arr` … `$arr` reads a string; after
    /// `if …; then arr=x; fi` it may still be the array).
    func isArray(_ name: String, at location: SourceLocation) -> Bool {
        guard let lastArray = arrayAssignments[name]?.filter({ $0 < location }).max() else { return false }
        let contains: (SourceSpan) -> Bool = { $0.start <= location && location < $0.end }
        // `arr=x` only sets element 0, so the variable stays an array; `read arr`, `local arr`
        // and loops start a plain one.
        let replaced = (assignments[name] ?? []).contains { entry in
            lastArray < entry.at && entry.at < location && !elementZeroAssignments.contains(entry.at)
                && (entry.dominates.map(contains) ?? false)
        }
        return !replaced
    }

    /// A constant without blanks or glob characters, or a single arithmetic expansion.
    static func isSafeValue(_ word: ShellWord) -> Bool {
        if word.parts.count == 1, case .arithmetic = word.parts[0].kind { return true }
        guard let text = word.literalText, !text.isEmpty else { return false }
        return !text.unicodeScalars.contains { " \t\n*?[".unicodeScalars.contains($0) }
    }

    static func isSafeText(_ text: String) -> Bool {
        !text.unicodeScalars.contains { " \t\n*?[".unicodeScalars.contains($0) }
    }

    /// `a=1 && cmd $a` or `a=1 || x`: a chain's first pipeline always runs, so the constants it
    /// assigns reach the rest of the list, as in ShellCheck (an assignment later in the chain, or
    /// a value built from other variables, does not count). Their places.
    static func constantsAtChainStart(_ item: AndOrList) -> [SourceLocation] {
        guard item.first.commands.count == 1, let simple = item.first.commands[0].simple, simple.words.isEmpty else { return [] }
        return simple.assignments.compactMap { assignment in
            guard assignment.index == nil, case .word(let word) = assignment.value, isSafeValue(word) else { return nil }
            return assignment.span.start
        }
    }

    /// Whether `name` holds a safe value at `location`: judged by the assignments before it
    /// (the ones that can have run), or by all of them when none comes before.
    ///
    /// Like ShellCheck's data flow, a value counts only if no path skips it: one of the
    /// assignments before must dominate the expansion (`if x; then v=1; fi; echo $v` leaves `v`
    /// possibly unset, `v=1; if x; then echo $v; fi` does not).
    func isSafe(_ name: String, at location: SourceLocation?) -> Bool {
        if Self.numericShellVariables.contains(name), assignments[name] == nil { return true }
        guard let values = assignments[name], !values.isEmpty else { return false }
        if let location {
            let contains: (SourceSpan, SourceLocation) -> Bool = { $0.start <= $1 && $1 < $0.end }
            // What can have run before: earlier assignments, and any in a loop around us.
            let around = loops.filter { contains($0, location) }
            let before = values.filter { entry in
                entry.at < location || around.contains { contains($0, entry.at) }
            }
            let dominated = before.contains { entry in entry.dominates.map { contains($0, location) } ?? false }
                || (definiteAssignments[name] ?? []).contains { $0.at < location && contains($0.dominates, location) }
            if let function = functionBodies.last(where: { contains($0, location) }) {
                // In a function: its own dominating assignment decides; otherwise the function
                // may run after any assignment outside it.
                let local = before.filter { contains(function, $0.at) }
                if dominated && !local.isEmpty {
                    return local.allSatisfy(\.isSafe) && local.contains { !$0.isEmpty }
                }
                // Called from outside, it sees the outer value only if one was surely set at the
                // top level; otherwise the variable may still hold whatever the environment gave.
                let outer = values.filter { !contains(function, $0.at) }
                guard outer.contains(where: { $0.dominates == scriptSpan }) else { return false }
                let reaching = local + outer
                return reaching.allSatisfy(\.isSafe) && reaching.contains { !$0.isEmpty }
            }
            // Nothing assigned it yet: its value comes from the environment.
            return dominated && before.allSatisfy(\.isSafe) && before.contains { !$0.isEmpty }
        }
        return safe.contains(name)
    }

    /// `local x` and `declare x` (no value, not an array): `x` is set, empty, from there on.
    static func declaredEmpty(_ simple: SimpleCommand) -> [(String, SourceSpan)] {
        guard let name = simple.name, name == "local" || name == "declare" || name == "typeset" else { return [] }
        var result: [(String, SourceSpan)] = []
        for argument in simple.arguments {
            guard let text = argument.literalText else { continue }
            if text.hasPrefix("-") || text.hasPrefix("+") {
                if text.contains(where: { "aAgnxr".contains($0) }) { return [] }
                continue
            }
            if VariableFlow.isName(text) { result.append((text, argument.span)) }
        }
        return result
    }

    /// Names assigned on every path through an `if … else` or a `case` with a `*)` arm, looking
    /// into nested ones; a branch that ends in `exit` or `return` does not reach what follows,
    /// so it counts as assigning everything.
    static func assignedInEveryBranch(_ command: Command, exiting: Set<String> = []) -> Set<String> {
        branchAssignments(command, exiting: exiting) ?? []
    }

    /// `nil` when no path gets past the command.
    private static func branchAssignments(_ command: Command, exiting: Set<String>) -> Set<String>? {
        let bodies: [CommandList]
        switch command.kind {
        case .ifClause(let clause):
            guard let elseBody = clause.elseBody else { return [] }
            bodies = clause.branches.map(\.body) + [elseBody]
        case .caseClause(let clause):
            guard clause.items.contains(where: { $0.patterns.contains { $0.literalText == "*" && !$0.hasQuotes } }) else {
                return []
            }
            bodies = clause.items.map(\.body)
        case .group(let list):
            return listAssignments(list, exiting: exiting)
        default:
            return []
        }
        var common: Set<String>?
        for body in bodies {
            guard let names = listAssignments(body, exiting: exiting) else { continue }
            common = common.map { $0.intersection(names) } ?? names
        }
        return common
    }

    /// What a list surely assigns before its end; `nil` when it surely leaves (`exit`, `return`).
    private static func listAssignments(_ list: CommandList, exiting: Set<String>) -> Set<String>? {
        var names = Set<String>()
        for item in list.items where item.rest.isEmpty && !item.isBackground && item.first.commands.count == 1 {
            let command = item.first.commands[0]
            if let simple = command.simple {
                if let name = simple.name, name == "exit" || name == "return" || exiting.contains(name) { return nil }
                if simple.words.isEmpty { names.formUnion(simple.assignments.map(\.name)) }
                names.formUnion(simple.declarations.map(\.name))
            } else {
                guard let nested = branchAssignments(command, exiting: exiting) else { return nil }
                names.formUnion(nested)
            }
        }
        return names
    }

    /// Every command list: the script, compound bodies, function bodies, substitutions.
    static func commandLists(script: ShellScript, index: SyntaxIndex) -> [CommandList] {
        var lists = [script.body]
        for site in index.commands {
            switch site.command.kind {
            case .subshell(let list), .group(let list):
                lists.append(list)
            case .ifClause(let clause):
                lists += clause.branches.flatMap { [$0.condition, $0.body] } + (clause.elseBody.map { [$0] } ?? [])
            case .forLoop(let loop):
                lists.append(loop.body)
            case .whileLoop(let loop):
                lists += [loop.condition, loop.body]
            case .arithmeticFor(let loop):
                lists.append(loop.body)
            case .caseClause(let clause):
                lists += clause.items.map(\.body)
            default:
                continue
            }
        }
        return lists + index.substitutions.map(\.list)
    }

    /// Whether leaving this expansion unquoted cannot split or glob.
    func isSafeUnquoted(_ expansion: ParameterExpansion, at location: SourceLocation? = nil) -> Bool {
        if expansion.isLength { return true }
        switch expansion.name {
        case "#", "?", "$", "!", "-": return true
        default: break
        }
        if expansion.index != nil { return false }
        if let operation = expansion.operation, !operation.providesDefault {
            // Trimming a safe value or replacing in it with constants keeps it safe.
            switch operation {
            case .substring, .transform:
                return false
            case .replaceFirst, .replaceAll, .replacePrefix, .replaceSuffix:
                guard expansion.argument?.literalText != nil else { return false }
                if let replacement = expansion.replacement {
                    guard let text = replacement.literalText, Self.isSafeText(text) else { return false }
                }
            default:
                guard expansion.argument == nil || expansion.argument?.literalText != nil else { return false }
            }
        }
        return isSafe(expansion.name, at: location)
    }
}
