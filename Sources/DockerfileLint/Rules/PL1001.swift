extension DockerfileRule {
    /// `apt-get update` is in a different RUN than the `apt-get install` it serves
    ///
    /// The update's layer is cached on its own, so a later rebuild installs from stale package
    /// lists (or fails with 404s). Run `apt-get update && apt-get install …` in one RUN.
    static let pl1001 = DockerfileRule(
        code: "PL1001", severity: .warning,
        message: "`apt-get update` is in a different RUN than the `apt-get install` it serves"
    ) { context, report in
        var updatedEarlier: [Int: Bool] = [:]
        for (item, facts) in context.runs where !item.isTriggered {
            let updates = !RuleSupport.commands(facts, ["apt-get", "apt"], ["update"]).isEmpty
            let installs = RuleSupport.commands(facts, ["apt-get", "apt"], ["install", "upgrade", "dist-upgrade"],
                                                valued: aptValuedOptions)
            if let install = installs.first, !updates, updatedEarlier[item.stage] == true {
                report.add(item, at: install.span)
            }
            if updates, installs.isEmpty { updatedEarlier[item.stage] = true }
        }
    }
}
