extension DockerfileRule {
    /// Do not use `zypper dist-upgrade`.
    static let dl3035 = DockerfileRule(code: "DL3035", severity: .warning, message: "Do not use `zypper dist-upgrade`.") { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["zypper"], ["dist-upgrade", "dup"]) {
                report.add(item, at: command.span)
            }
        }
    }
}
