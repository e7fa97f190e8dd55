extension SupervisorRule {
    /// Program has no `command`: supervisord refuses to start
    static let pl2005 = SupervisorRule(
        code: "PL2005", severity: .error,
        message: "Program has no `command`: supervisord refuses to start"
    ) { context, report in
        for process in context.processes {
            guard let command = process["command"] else {
                report.add(process.first, message: "`[\(process.first.header)]` has no `command`: supervisord refuses to start")
                continue
            }
            if command.value.trimmedBlanks().isEmpty { report.add(command, at: command.keySpan) }
        }
    }
}
