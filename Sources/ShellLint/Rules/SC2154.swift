import Basics

/// (variable) is referenced but not assigned.
///
/// Reading a lowercase variable that nothing assigns is usually a typo. All-uppercase names
/// are taken to come from the environment.
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
        let commandNames = Set(context.index.commands.compactMap(\.command.simple?.name))
        var reported = Set<String>()
        for (name, location) in candidates.sorted(by: { $0.location < $1.location }) {
            if reported.contains(name) || flow.assigned[name] != nil || flow.initiallyAssigned.contains(name) { continue }
            if !name.contains(where: \.isLowercase) { continue }
            reported.insert(name)
            var message = "\(name) is referenced but not assigned."
            if commandNames.contains(name) {
                message = "\(name) is referenced but not assigned (for output from commands, use \"$(\(name) ...)\" )."
            }
            report.add(SourceSpan(at: location), message)
        }
    }
}
