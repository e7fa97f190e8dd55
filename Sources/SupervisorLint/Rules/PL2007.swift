extension SupervisorRule {
    /// Program's stdout does not go to the container log: set `stdout_logfile=/dev/stdout`
    ///
    /// By default supervisord writes a program's output to files under `childlogdir`, where
    /// `docker logs` never sees it and the container's disk fills up.
    static let pl2007 = SupervisorRule(
        code: "PL2007", severity: .warning,
        message: "Program's stdout does not go to the container log: set `stdout_logfile=/dev/stdout`"
    ) { context, report in
        for process in context.processes where process.kind != "eventlistener" {
            guard let logfile = process["stdout_logfile"] else {
                report.add(process.first, message: "`[\(process.first.header)]` does not send stdout to the container log: "
                    + "set `stdout_logfile=/dev/stdout`")
                continue
            }
            if !ValueSyntax.isExpanded(logfile), !ValueSyntax.containerLogPaths.contains(logfile.value) {
                report.add(logfile, message: "`stdout_logfile=\(logfile.value)` does not go to the container log: use `/dev/stdout`")
            }
        }
    }
}
