extension DockerfileRule {
    /// Use the -y switch to avoid manual input `yum install -y <package>`
    static let dl3030 = DockerfileRule(
        code: "DL3030", severity: .warning, message: "Use the -y switch to avoid manual input `yum install -y <package>`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["yum"], ["install", "groupinstall", "localinstall", "reinstall"])
            where !command.hasFlag("y", "assumeyes") {
                report.add(item, at: command.span)
            }
        }
    }
}
