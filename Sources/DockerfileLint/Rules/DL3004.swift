extension DockerfileRule {
    /// Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root
    ///
    /// Builds already run as root unless USER says otherwise; sudo's TTY and signal handling misbehave.
    static let dl3004 = DockerfileRule(
        code: "DL3004", severity: .error,
        message: "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in facts.commands(named: "sudo") { report.add(item, at: command.span) }
        }
    }
}
