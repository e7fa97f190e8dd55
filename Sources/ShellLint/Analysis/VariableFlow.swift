import Basics

/// Which variables a script assigns and which it reads, ignoring order (as ShellCheck does for
/// SC2034 and SC2154).
struct VariableFlow: Sendable {
    /// Each assigned name with the position of its last assignment (where ShellCheck reports it).
    var assigned: [String: SourceSpan] = [:]
    /// Names read anywhere (expansions, arithmetic, `export`, `[[ -v ]]`, `${!x}` …).
    var referenced: Set<String> = []
    /// Bare names read in arithmetic (`$(( n + 1 ))`, `[[ $a -eq b ]]`), with where they are.
    var arithmeticReferences: [(name: String, location: SourceLocation)] = []
    /// Names assigned by means that count as a use too (exported, read by the environment).
    var exported: Set<String> = []
    let initiallyAssigned: Set<String>

    init(index: SyntaxIndex, initiallyAssigned: Set<String>) {
        self.initiallyAssigned = initiallyAssigned
        for site in index.assignments {
            let assignment = site.assignment
            if let declaredBy = site.declaredBy, declaredBy == "export" || isExportingDeclaration(site.command) {
                exported.insert(assignment.name)
            }
            // `FOO=1 cmd` hands FOO to cmd, which is a use.
            if site.isCommandPrefix { exported.insert(assignment.name) }
            // `x+=…` builds on the old value, which is a read.
            if assignment.isAppend { referenced.insert(assignment.name) }
            assign(assignment.name, at: assignment.nameSpan)
            if let subscriptText = assignment.index { addIdentifiers(in: subscriptText) }
        }
        addIndexedArrayKeys(index)
        for site in index.expansions {
            let expansion = site.expansion
            if expansion.isVariableName { referenced.insert(expansion.name) }
            if let subscriptText = expansion.index { addIdentifiers(in: subscriptText) }
            if expansion.operation == .assignDefault || expansion.operation == .assignDefaultIfEmpty {
                assign(expansion.name, at: site.span)
            }
        }
        for expression in index.arithmetic {
            for part in expression.parts {
                guard case .literal(let text) = part.kind else { continue }
                addIdentifiers(in: text, at: part.span.start, assignedAt: part.span)
            }
        }
        for expression in index.testExpressions {
            if case .unary("-v", let operand, _) = expression, let name = operand.literalText {
                referenced.insert(String(name.prefix { $0 != "[" }))
            }
            // Operands of -eq and friends are arithmetic: a bare name is a variable.
            if case .binary(let lhs, let op, let rhs, _) = expression,
               ["-eq", "-ne", "-lt", "-le", "-gt", "-ge"].contains(op) {
                for operand in [lhs, rhs] where operand.parts.count == 1 {
                    if case .literal(let text) = operand.parts[0].kind {
                        addIdentifiers(in: text, at: operand.span.start)
                    }
                }
            }
        }
        for site in index.commands {
            if case .forLoop(let loop) = site.command.kind {
                assign(loop.variable, at: SourceSpan(at: site.command.span.start))
            }
            guard let simple = site.command.simple, let name = simple.name else { continue }
            for (target, span) in Self.assignedNames(by: name, arguments: simple.arguments) {
                assign(target, at: span)
            }
            if name == "let" {
                for argument in simple.arguments {
                    if let text = argument.literalText {
                        addIdentifiers(in: text, at: argument.span.start, assignedAt: argument.span)
                    }
                }
            }
            if Self.declarationBuiltins.contains(name) {
                let flags = simple.arguments.compactMap(\.literalText).filter { $0.hasPrefix("-") }
                // `declare -f name` / `-F` name functions; `declare -p name` prints a variable.
                if flags.contains(where: { $0.contains("f") || $0.contains("F") }) { continue }
                let prints = flags.contains { $0.contains("p") }
                let exports = name == "export" || isExportingDeclaration(simple)
                for argument in simple.arguments {
                    guard let text = argument.literalText, Self.isName(text) else { continue }
                    if prints {
                        referenced.insert(text)
                        continue
                    }
                    assign(text, at: argument.span)
                    if exports { exported.insert(text) }
                }
            }
        }
    }

    static let declarationBuiltins: Set<String> = ["local", "export", "declare", "readonly", "typeset"]

    /// In `arr=([key]=value)` the key of an indexed (not `declare -A`) array is arithmetic, so a
    /// bare word there names a variable, as ShellCheck reads it (`[alpine:edge]=` reads `alpine`).
    private mutating func addIndexedArrayKeys(_ index: SyntaxIndex) {
        var associative = Set<String>()
        for site in index.commands {
            guard let simple = site.command.simple, let name = simple.name, Self.declarationBuiltins.contains(name),
                  simple.arguments.contains(where: { ($0.literalText ?? "").hasPrefix("-") && ($0.literalText ?? "").contains("A") })
            else { continue }
            associative.formUnion(simple.arguments.compactMap(\.literalText).filter(Self.isName))
            associative.formUnion(simple.declarations.map(\.name))
        }
        for site in index.assignments where !associative.contains(site.assignment.name) {
            guard case .array(let elements) = site.assignment.value else { continue }
            for element in elements {
                guard case .literal(let text)? = element.parts.first?.kind, text.hasPrefix("["),
                      let close = text.firstIndex(of: "]"), text[close...].hasPrefix("]=") || text[close...].hasPrefix("]+=")
                else { continue }
                let key = text[text.index(after: text.startIndex)..<close]
                let leading = key.unicodeScalars.prefix { $0.isNameCharacter }
                guard let first = leading.first, first.isASCIILetter || first == "_" else { continue }
                let name = String(String.UnicodeScalarView(leading))
                referenced.insert(name)
                let start = element.span.start
                arithmeticReferences.append((name, SourceLocation(line: start.line, column: start.column + 1)))
            }
        }
    }

    private func isExportingDeclaration(_ command: SimpleCommand) -> Bool {
        command.arguments.contains { argument in
            guard let text = argument.literalText, text.hasPrefix("-") else { return false }
            return text.contains("x") || text.contains("n")
        }
    }

    private mutating func assign(_ name: String, at span: SourceSpan) {
        if let existing = assigned[name], span.start < existing.start { return }
        assigned[name] = span
    }

    /// Identifiers in arithmetic text count as reads; `x=`, `x+=`, `x++` also assign.
    private mutating func addIdentifiers(in text: String, at location: SourceLocation? = nil,
                                         assignedAt span: SourceSpan? = nil) {
        let scalars = Array(text.unicodeScalars)
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            guard scalar.isASCIILetter || scalar == "_" else {
                position += 1
                // Skip numbers such as 0x1F or 16#ff so their letters are not names.
                if scalar.isASCIIDigit {
                    while position < scalars.count, scalars[position].isNameCharacter || scalars[position] == "#" {
                        position += 1
                    }
                }
                continue
            }
            let start = position
            while position < scalars.count, scalars[position].isNameCharacter { position += 1 }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[start..<position])
            let identifier = String(name)
            referenced.insert(identifier)
            if let location {
                arithmeticReferences.append((identifier, SourceLocation(line: location.line, column: location.column + start)))
            }
            if let span {
                var next = position
                while next < scalars.count, scalars[next] == " " { next += 1 }
                let rest = scalars[next...].prefix(2)
                let isAssignment = (rest.first == "=" && rest.dropFirst().first != "=")
                    || rest.elementsEqual(["+", "+"]) || rest.elementsEqual(["-", "-"])
                    || (rest.count == 2 && "+-*/%".unicodeScalars.contains(rest[rest.startIndex])
                        && rest.last == "=")
                if isAssignment { assign(identifier, at: span) }
            }
        }
    }

    /// Names assigned by builtins that take variable names: `read`, `getopts`, `mapfile`,
    /// `printf -v`, `let`.
    static func assignedNames(by command: String, arguments: [ShellWord]) -> [(String, SourceSpan)] {
        var result: [(String, SourceSpan)] = []
        switch command {
        case "read":
            var skipNext = false
            for argument in arguments {
                // An option's value (`-p "$prompt"`) is skipped whatever it is.
                if skipNext {
                    skipNext = false
                    continue
                }
                guard let text = argument.literalText else { continue }
                if text.hasPrefix("-") {
                    // Options taking a value; `-a NAME` assigns an array.
                    if let last = text.last, "dinNptu".contains(last) { skipNext = true }
                    if text.last == "a" { skipNext = false }
                    continue
                }
                if isName(text) { result.append((text, argument.span)) }
            }
            if result.isEmpty, !arguments.contains(where: { $0.literalText == "-a" }) {
                result.append(("REPLY", arguments.first?.span ?? SourceSpan(at: SourceLocation(line: 1, column: 1))))
            }
        case "getopts":
            if arguments.count >= 2, let text = arguments[1].literalText, isName(text) {
                result.append((text, arguments[1].span))
            }
        case "mapfile", "readarray":
            if let last = arguments.last, let text = last.literalText, isName(text) {
                result.append((text, last.span))
            } else {
                result.append(("MAPFILE", arguments.last?.span ?? SourceSpan(at: SourceLocation(line: 1, column: 1))))
            }
        case "printf":
            if arguments.count >= 2, arguments[0].literalText == "-v", let text = arguments[1].literalText {
                let name = String(text.prefix { $0 != "[" })
                if isName(name) { result.append((name, arguments[1].span)) }
            }
        case "let":
            for argument in arguments {
                guard let text = argument.literalText else { continue }
                let name = String(text.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                if isName(name), text.dropFirst(name.count).first == "=" || text.contains("++") || text.contains("+=") {
                    result.append((name, argument.span))
                }
            }
        default:
            break
        }
        return result
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy(\.isNameCharacter)
    }
}
