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
                for name in Self.assignedInEveryBranch(command) {
                    definiteAssignments[name, default: []].append((command.span.start, list.span))
                }
                guard let simple = command.simple else { continue }
                if simple.words.isEmpty {
                    for assignment in simple.assignments { unconditional[assignment.span.start] = list.span }
                }
                for declaration in simple.declarations { unconditional[declaration.span.start] = list.span }
            }
        }
        for list in Self.commandLists(script: script, index: index) { noteUnconditional(list) }
        functionBodies = index.functions.map(\.body.span)
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
                let isSafe = loop.items.map { $0.allSatisfy(Self.isSafeValue) } ?? false
                record(loop.variable, site.command.span.start, isSafe ? .safe : .unsafe)
                // Its uses are in the loop body, which runs only after it was set.
                unconditional[site.command.span.start] = site.command.span
            }
            guard let simple = site.command.simple, let name = simple.name else { continue }
            for (target, span) in VariableFlow.assignedNames(by: name, arguments: simple.arguments) {
                record(target, span.start, .unsafe)
            }
            let arguments = simple.arguments.compactMap(\.literalText)
            if name == "mapfile" || name == "readarray", let last = simple.arguments.last?.literalText,
               VariableFlow.isName(last) {
                noteArray(last, at: site.command.span.start)
            }
            if name == "read", let flag = arguments.firstIndex(where: { $0.hasPrefix("-") && $0.hasSuffix("a") }),
               flag + 1 < arguments.count {
                noteArray(arguments[flag + 1], at: site.command.span.start)
            }
            if ["declare", "local", "typeset"].contains(name),
               arguments.contains(where: { $0.hasPrefix("-") && ($0.contains("a") || $0.contains("A")) }) {
                for argument in arguments where VariableFlow.isName(argument) {
                    noteArray(argument, at: site.command.span.start)
                }
                for declaration in simple.declarations {
                    noteArray(declaration.name, at: site.command.span.start)
                }
            }
        }
        for site in index.expansions where site.expansion.operation == .assignDefault
            || site.expansion.operation == .assignDefaultIfEmpty {
            record(site.expansion.name, site.span.start, .unsafe)
        }
        // Resolve `x=$y` chains: a variable is safe when all its values are, to a fixpoint.
        var safeNames = Set(raw.compactMap { name, values in
            let allowed = values.allSatisfy { if case .unsafe = $0.value { false } else { true } }
            let hasValue = values.contains { if case .empty = $0.value { false } else { true } }
            return allowed && hasValue ? name : nil
        })
        var changed = true
        while changed {
            changed = false
            for name in safeNames {
                let stillSafe = raw[name, default: []].allSatisfy { entry in
                    if case .dependsOn(let names) = entry.value {
                        return names.allSatisfy { safeNames.contains($0) || Self.numericShellVariables.contains($0) }
                    }
                    return true
                }
                if !stillSafe {
                    safeNames.remove(name)
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
        if let existing = arrays[name], existing < location { return }
        arrays[name] = location
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
                let reaching = dominated && !local.isEmpty ? local : local + values.filter { !contains(function, $0.at) }
                return !reaching.isEmpty && reaching.allSatisfy(\.isSafe) && reaching.contains { !$0.isEmpty }
            }
            if !before.isEmpty {
                return dominated && before.allSatisfy(\.isSafe) && before.contains { !$0.isEmpty }
            }
        }
        return safe.contains(name)
    }

    /// Names assigned at the top of every branch of an `if … else` or a `case` with a `*)` arm.
    static func assignedInEveryBranch(_ command: Command) -> Set<String> {
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
        default:
            return []
        }
        let perBranch = bodies.map { body in
            Set(body.items.flatMap { item -> [String] in
                guard item.rest.isEmpty, let simple = item.first.commands.first?.simple, simple.words.isEmpty else { return [] }
                return simple.assignments.map(\.name)
            })
        }
        guard var common = perBranch.first else { return [] }
        for names in perBranch.dropFirst() { common.formIntersection(names) }
        return common
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
