extension DockerfileRule {
    /// `COPY` to a relative destination without `WORKDIR` set.
    static let dl3045 = DockerfileRule(
        code: "DL3045", severity: .warning, message: "`COPY` to a relative destination without `WORKDIR` set."
    ) { context, report in
        var workdirStages = Set<Int>()
        for item in context.instructions {
            if item.kind == .from, item.stage >= 0, let base = context.stages[item.stage].baseStage, workdirStages.contains(base) {
                workdirStages.insert(item.stage)
            }
            if item.kind == .workdir { workdirStages.insert(item.stage) }
            guard item.kind == .copy, !workdirStages.contains(item.stage), item.instruction.words.count >= 2,
                  let target = item.instruction.words.last else { continue }
            let path = target.value
            if path.hasPrefix("/") || path.hasPrefix("$") || isWindowsAbsolute(path) { continue }
            report.add(item, at: target.span)
        }
    }
}
