import Basics

/// (function) references arguments, but none are ever passed.
///
/// A function that reads `$1`, `$@` or `$#` while every call passes nothing probably meant the
/// script's arguments, which a function does not see. Reads with a default (`${1:-x}`) and
/// functions that `set --` their own are left alone; so are functions never called.
struct SC2120: ShellRule {
    let code = "SC2120"
    let severity = Severity.warning
    let summary = "(function) references arguments, but none are ever passed."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (name, definition) in Self.argumentlessFunctions(context).definitions {
            report.add(SourceSpan(at: definition), "\(name) references arguments, but none are ever passed.")
        }
    }

    /// Functions that read their arguments and are called, but never with any: where each is
    /// defined, and the calls.
    static func argumentlessFunctions(_ context: ShellLintContext)
        -> (definitions: [(String, SourceLocation)], calls: [(String, SourceLocation)]) {
        let functions = context.index.commands.compactMap { site -> (FunctionDefinition, SourceSpan)? in
            if case .function(let function) = site.command.kind { return (function, site.command.span) }
            return nil
        }
        guard !functions.isEmpty else { return ([], []) }
        // Events in source order: reads of positional parameters, and `set` giving new ones.
        var reads: [SourceLocation] = []
        var resets: [SourceLocation] = []
        for site in context.index.expansions {
            let expansion = site.expansion
            let isPositional = expansion.name == "@" || expansion.name == "*" || expansion.name == "#"
                || (expansion.name.first?.isNumber == true && expansion.name != "0")
            guard isPositional, !(expansion.operation?.providesDefault ?? false) else { continue }
            reads.append(site.span.start)
        }
        for (simple, command) in context.simpleCommands where simple.name == "set" {
            // `set -- a b`, `set $(cmd)`: anything but an option list gives new arguments.
            guard let first = simple.arguments.first else { continue }
            if let text = first.literalText, text != "--", text.hasPrefix("-") || text.hasPrefix("+") { continue }
            resets.append(command.span.start)
        }
        let readers = innermostFunctions(of: reads.sorted(), in: functions.map(\.1))
        let resetters = innermostFunctions(of: resets.sorted(), in: functions.map(\.1))
        var readingNames = Set<String>()
        for (index, function) in functions.enumerated() where readers.contains(index) && !resetters.contains(index) {
            readingNames.insert(function.0.name)
        }
        var calledWithArguments = Set<String>()
        var calls: [(String, SourceLocation)] = []
        for (simple, command) in context.simpleCommands {
            guard let name = simple.name, readingNames.contains(name) else { continue }
            if simple.words.count > 1 {
                calledWithArguments.insert(name)
            } else {
                calls.append((name, command.span.start))
            }
        }
        let called = Set(calls.map(\.0))
        let names = readingNames.subtracting(calledWithArguments).intersection(called)
        let definitions = functions.filter { names.contains($0.0.name) }.map { ($0.0.name, $0.1.start) }
        return (definitions, calls.filter { names.contains($0.0) })
    }

    /// The indices of the innermost function around each location (both lists in source order),
    /// in one pass.
    static func innermostFunctions(of locations: [SourceLocation], in spans: [SourceSpan]) -> Set<Int> {
        var result = Set<Int>()
        var open: [Int] = []
        var next = 0
        for location in locations {
            while next < spans.count, spans[next].start <= location {
                while let last = open.last, spans[last].end <= spans[next].start { open.removeLast() }
                open.append(next)
                next += 1
            }
            while let last = open.last, spans[last].end <= location { open.removeLast() }
            if let innermost = open.last { result.insert(innermost) }
        }
        return result
    }
}
