extension DockerfileRule {
    /// Last USER should not be root
    ///
    /// Only the final image's user matters; a stage built on another inherits its USER.
    static let dl3002 = DockerfileRule(code: "DL3002", severity: .warning, message: "Last USER should not be root") { context, report in
        guard let last = context.stages.last else { return }
        var stage: Int? = last.index
        var visited = Set<Int>()
        while let current = stage, !visited.contains(current) {
            visited.insert(current)
            if let user = context.instructions(inStage: current).last(where: { $0.kind == .user && !$0.isTriggered }) {
                let name = user.instruction.words.first?.value ?? ""
                let who = name.split(separator: ":").first.map(String.init) ?? name
                if who == "root" || who == "0" { report.add(user) }
                return
            }
            stage = context.stages[current].baseStage
        }
    }
}
