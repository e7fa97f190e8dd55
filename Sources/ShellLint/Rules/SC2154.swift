import Basics

/// (variable) is referenced but not assigned.
///
/// Reading a lowercase variable that nothing assigns is usually a typo. All-uppercase names
/// are taken to come from the environment, and so are names the script tests for being set
/// (`[ -n "$x" ]`, `[[ -z $x ]]`, `[ "$x" ]`, `[[ -v x ]]`), as ShellCheck does.
struct SC2154: ShellRule {
    let code = "SC2154"
    let severity = Severity.warning
    let summary = "(variable) is referenced but not assigned."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let flow = context.variables
        var candidates: [(name: String, location: SourceLocation)] = []
        // After `${x:-…}` or `${x:?}` the script has shown it knows `x` may be unset.
        var guarded: [String: SourceLocation] = [:]
        for site in context.index.expansions {
            let expansion = site.expansion
            guard expansion.isVariableName else { continue }
            // ShellCheck does not ask about names used only as a fallback: `${x:-$default}`.
            if site.role == .parameterArgument { continue }
            if let operation = expansion.operation, operation.providesDefault {
                if guarded[expansion.name].map({ site.span.start < $0 }) ?? true { guarded[expansion.name] = site.span.start }
                continue
            }
            if expansion.isIndirect, expansion.index != nil { continue }
            candidates.append((expansion.name, site.span.start))
        }
        candidates += flow.arithmeticReferences
        let tested = Self.testedNames(context)
        let commandNames = Set(context.index.commands.compactMap(\.command.simple?.name))
        var reported = Set<String>()
        for (name, location) in candidates.sorted(by: { $0.location < $1.location }) {
            if reported.contains(name) || flow.assigned[name] != nil || flow.initiallyAssigned.contains(name)
                || tested[name] != nil || guarded[name].map({ $0 < location }) == true { continue }
            if !name.contains(where: \.isLowercase) { continue }
            reported.insert(name)
            var message = "\(name) is referenced but not assigned."
            if commandNames.contains(name) {
                message = "\(name) is referenced but not assigned (for output from commands, use \"$(\(name) ...)\" )."
            }
            report.add(SourceSpan(at: location), message)
        }
    }

    /// Names whose being set or empty a `[ … ]` or `[[ … ]]` test checks, each with where its
    /// first such test ends.
    static func testedNames(_ context: ShellLintContext) -> [String: SourceLocation] {
        var names: [String: SourceLocation] = [:]
        func note(_ name: String, _ end: SourceLocation) {
            if let known = names[name], known <= end { return }
            names[name] = end
        }
        func addExpanded(_ word: ShellWord) {
            for part in SC2145.flatten(word.parts) {
                if case .parameter(let expansion) = part.kind { note(expansion.name, word.span.end) }
            }
        }
        for expression in context.index.testExpressions {
            switch expression {
            case .word(let word):
                addExpanded(word)
            case .unary(let op, let operand, _) where op == "-n" || op == "-z":
                addExpanded(operand)
            case .unary("-v", let operand, _):
                if let name = operand.literalText { note(name, operand.span.end) }
            default:
                break
            }
        }
        for (simple, _) in context.simpleCommands where simple.name == "[" {
            var operands = simple.arguments
            if operands.last?.literalText == "]" { operands.removeLast() }
            if operands.count == 1 { addExpanded(operands[0]) }
            for (position, word) in operands.enumerated().dropLast() {
                let next = operands[position + 1]
                switch word.literalText {
                case "-n", "-z": addExpanded(next)
                case "-v": if let name = next.literalText { note(name, next.span.end) }
                default: break
                }
            }
        }
        return names
    }
}
