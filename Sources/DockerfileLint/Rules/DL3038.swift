extension DockerfileRule {
    /// Use the -y switch to avoid manual input `dnf install -y <package>`
    static let dl3038 = DockerfileRule(
        code: "DL3038", severity: .warning, message: "Use the -y switch to avoid manual input `dnf install -y <package>`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["dnf", "microdnf"], ["install", "groupinstall", "localinstall", "reinstall"])
            where !command.hasFlag("y", "assumeyes") {
                report.add(item, at: command.span)
            }
        }
    }
}
