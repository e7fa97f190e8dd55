extension DockerfileRule {
    /// FROM aliases (stage names) must be unique
    static let dl3024 = DockerfileRule(code: "DL3024", severity: .error, message: "FROM aliases (stage names) must be unique") { context, report in
        var seen = Set<String>()
        for stage in context.stages {
            guard let alias = stage.from.alias?.lowercased() else { continue }
            if !seen.insert(alias).inserted {
                report.add(context.instructions[stage.fromIndex], at: stage.from.aliasSpan)
            }
        }
    }
}
