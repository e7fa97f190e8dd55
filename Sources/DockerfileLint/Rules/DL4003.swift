extension DockerfileRule {
    /// Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect
    static let dl4003 = DockerfileRule(
        code: "DL4003", severity: .warning,
        message: "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect"
    ) { context, report in
        var seen = Set<Int>()
        for item in context.instructions where item.kind == .cmd && !item.isTriggered {
            if !seen.insert(item.stage).inserted { report.add(item) }
        }
    }
}
