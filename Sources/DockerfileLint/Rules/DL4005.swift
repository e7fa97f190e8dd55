extension DockerfileRule {
    /// Use SHELL to change the default shell
    ///
    /// Relinking /bin/sh changes the shell for every later tool too, behind the Dockerfile's back.
    static let dl4005 = DockerfileRule(code: "DL4005", severity: .warning, message: "Use SHELL to change the default shell") { context, report in
        for (item, facts) in context.runs {
            for command in facts.commands(named: "ln") where command.nonFlagArgs.last == "/bin/sh" {
                report.add(item, at: command.span)
            }
        }
    }
}
