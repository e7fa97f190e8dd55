extension DockerfileRule {
    /// `yarn cache clean` missing after `yarn install` was run.
    static let dl3060 = DockerfileRule(
        code: "DL3060", severity: .info, message: "`yarn cache clean` missing after `yarn install` was run."
    ) { context, report in
        for (item, facts) in context.runs {
            guard item.stage >= 0, context.stages[item.stage].isImage else { continue }
            guard let install = RuleSupport.commands(facts, ["yarn"], ["install", "add"]).first else { continue }
            let cleaned = facts.commands(named: "yarn").contains { $0.args.starts(with: ["cache", "clean"]) }
                || RuleSupport.hasCacheMount(item, target: "/usr/local/share/.cache/yarn")
                || RuleSupport.hasCacheMount(item, target: "/root/.yarn")
            if !cleaned { report.add(item, at: install.span) }
        }
    }
}
