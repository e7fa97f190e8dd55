extension DockerfileRule {
    /// Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead
    static let dl3027 = DockerfileRule(
        code: "DL3027", severity: .warning,
        message: "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead"
    ) { context, report in
        for (item, facts) in context.runs {
            for command in facts.commands(named: "apt") { report.add(item, at: command.span) }
        }
    }
}
