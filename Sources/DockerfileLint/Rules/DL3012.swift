extension DockerfileRule {
    /// Multiple `HEALTHCHECK` instructions
    ///
    /// Only the last HEALTHCHECK of a stage takes effect.
    static let dl3012 = DockerfileRule(code: "DL3012", severity: .error, message: "Multiple `HEALTHCHECK` instructions") { context, report in
        var seen = Set<Int>()
        for item in context.instructions where item.kind == .healthcheck && !item.isTriggered {
            if !seen.insert(item.stage).inserted { report.add(item) }
        }
    }
}
