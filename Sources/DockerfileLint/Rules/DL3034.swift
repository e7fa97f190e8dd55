extension DockerfileRule {
    /// Non-interactive switch missing from `zypper` command: `zypper install -y`
    static let dl3034 = DockerfileRule(
        code: "DL3034", severity: .warning, message: "Non-interactive switch missing from `zypper` command: `zypper install -y`"
    ) { context, report in
        let subcommands = ["install", "in", "remove", "rm", "source-install", "si", "patch"]
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["zypper"], subcommands)
            where !command.hasFlag("n", "non-interactive", "y", "no-confirm") {
                report.add(item, at: command.span)
            }
        }
    }
}
