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
        for site in context.index.expansions {
            let expansion = site.expansion
            guard expansion.isVariableName else { continue }
            // ShellCheck does not ask about names used only as a fallback: `${x:-$default}`.
            if site.role == .parameterArgument { continue }
            if let operation = expansion.operation, operation.providesDefault { continue }
            if expansion.isIndirect, expansion.index != nil { continue }
            candidates.append((expansion.name, site.span.start))
        }
        candidates += flow.arithmeticReferences
        let tested = Self.testedNames(context)
        let commandNames = Set(context.index.commands.compactMap(\.command.simple?.name))
        var reported = Set<String>()
        for (name, location) in candidates.sorted(by: { $0.location < $1.location }) {
            if reported.contains(name) || flow.assigned[name] != nil || flow.initiallyAssigned.contains(name)
                || tested.contains(name) { continue }
            if !name.contains(where: \.isLowercase) { continue }
            reported.insert(name)
            var message = "\(name) is referenced but not assigned."
            if commandNames.contains(name) {
                message = "\(name) is referenced but not assigned (for output from commands, use \"$(\(name) ...)\" )."
            }
            report.add(SourceSpan(at: location), message)
        }
    }

    /// Names whose being set or empty a `[ … ]` or `[[ … ]]` test checks.
    static func testedNames(_ context: ShellLintContext) -> Set<String> {
        var names = Set<String>()
        func addExpanded(_ word: ShellWord) {
            for part in SC2145.flatten(word.parts) {
                if case .parameter(let expansion) = part.kind { names.insert(expansion.name) }
            }
        }
        for expression in context.index.testExpressions {
            switch expression {
            case .word(let word):
                addExpanded(word)
            case .unary(let op, let operand, _) where op == "-n" || op == "-z":
                addExpanded(operand)
            case .unary("-v", let operand, _):
                if let name = operand.literalText { names.insert(name) }
            default:
                break
            }
        }
        for (simple, _) in context.simpleCommands where simple.name == "[" {
            var operands = simple.arguments
            if operands.last?.literalText == "]" { operands.removeLast() }
            if operands.count == 1 { addExpanded(operands[0]) }
            for (position, word) in operands.enumerated().dropLast() {
                switch word.literalText {
                case "-n", "-z": addExpanded(operands[position + 1])
                case "-v": if let name = operands[position + 1].literalText { names.insert(name) }
                default: break
                }
            }
        }
        return names
    }
}
