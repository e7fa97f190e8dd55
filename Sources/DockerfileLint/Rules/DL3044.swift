extension DockerfileRule {
    /// Do not refer to an environment variable within the same `ENV` statement where it is defined.
    ///
    /// Docker expands the whole statement with the values from before it.
    static let dl3044 = DockerfileRule(
        code: "DL3044", severity: .error,
        message: "Do not refer to an environment variable within the same `ENV` statement where it is defined."
    ) { context, report in
        var defined = Set<String>()
        for item in context.instructions {
            if item.kind == .from { defined = [] }
            if item.kind == .arg { defined.formUnion(item.instruction.pairs.map(\.key)) }
            guard item.kind == .env else { continue }
            var sameStatement = Set<String>()
            for pair in item.instruction.pairs {
                let references = Set(DockerVariables.references(in: pair.value ?? ""))
                if !references.intersection(sameStatement).subtracting(defined).isEmpty {
                    report.add(item, at: pair.span)
                }
                sameStatement.insert(pair.key)
            }
            defined.formUnion(sameStatement)
        }
    }
}
