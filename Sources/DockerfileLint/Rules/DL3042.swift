extension DockerfileRule {
    /// Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`
    ///
    /// Not reported when `PIP_NO_CACHE_DIR` is set by ENV or a cache mount covers pip's cache.
    static let dl3042 = DockerfileRule(
        code: "DL3042", severity: .warning, message: "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`"
    ) { context, report in
        // One pass: whether ENV PIP_NO_CACHE_DIR is on so far, per stage (inherited through FROM).
        var disabled: [Int: Bool] = [:]
        for item in context.instructions {
            if item.kind == .from, item.stage >= 0 {
                disabled[item.stage] = context.stages[item.stage].baseStage.flatMap { disabled[$0] } ?? false
            }
            if item.kind == .env, let pair = item.instruction.pairs.last(where: { $0.key == "PIP_NO_CACHE_DIR" }) {
                disabled[item.stage] = !["0", "false", "off", "no"].contains((pair.value ?? "").lowercased())
            }
            guard let facts = item.run, disabled[item.stage] != true else { continue }
            if RuleSupport.hasCacheMount(item, target: "/root/.cache") { continue }
            for (command, _) in pipInstalls(facts) where !command.hasFlag("no-cache-dir") {
                // Installing from requirements or a package is the same: the wheel cache stays.
                report.add(item, at: command.span)
            }
        }
    }
}
