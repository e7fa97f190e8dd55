extension DockerfileRule {
    /// `HEALTHCHECK` instruction missing.
    ///
    /// Off by default: many images are health-checked by their orchestrator instead.
    static let dl3057 = DockerfileRule(
        code: "DL3057", severity: .info, message: "`HEALTHCHECK` instruction missing.", isEnabledByDefault: false
    ) { context, report in
        guard let last = context.stages.last else { return }
        var stage: Int? = last.index
        var visited = Set<Int>()
        while let current = stage, !visited.contains(current) {
            visited.insert(current)
            if context.instructions(inStage: current).contains(where: { $0.kind == .healthcheck }) { return }
            stage = context.stages[current].baseStage
        }
        report.add(context.instructions[last.fromIndex])
    }
}
