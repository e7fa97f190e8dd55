extension DockerfileRule {
    /// Use WORKDIR to switch to a directory
    ///
    /// `cd` in a RUN lasts only for that RUN; WORKDIR states the directory for what follows.
    static let dl3003 = DockerfileRule(code: "DL3003", severity: .warning, message: "Use WORKDIR to switch to a directory") { context, report in
        for (item, facts) in context.runs where !item.isTriggered {
            for command in facts.commands(named: "cd") { report.add(item, at: command.span) }
        }
    }
}
