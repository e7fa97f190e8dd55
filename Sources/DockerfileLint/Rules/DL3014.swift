extension DockerfileRule {
    /// Use the `-y` switch to avoid manual input `apt-get -y install <package>`
    static let dl3014 = DockerfileRule(
        code: "DL3014", severity: .warning,
        message: "Use the `-y` switch to avoid manual input `apt-get -y install <package>`"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in RuleSupport.commands(facts, ["apt-get"], ["install"], valued: aptValuedOptions) {
                let quietTwice = command.args.contains { $0.hasPrefix("-") && !$0.hasPrefix("--") && $0.filter { $0 == "q" }.count >= 2 }
                    || command.args.contains("--quiet=2") || command.args.contains("-q=2")
                if command.hasFlag("y", "yes", "assume-yes") || quietTwice { continue }
                report.add(item, at: command.span)
            }
        }
    }
}
