extension DockerfileRule {
    /// Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect
    static let dl4004 = DockerfileRule(
        code: "DL4004", severity: .error,
        message: "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect"
    ) { context, report in
        var seen = Set<Int>()
        for item in context.instructions where item.kind == .entrypoint && !item.isTriggered {
            if !seen.insert(item.stage).inserted { report.add(item) }
        }
    }
}
