extension SupervisorRule {
    /// Program's stderr does not go to the container log: set `stderr_logfile=/dev/stderr` or `redirect_stderr=true`
    static let pl2008 = SupervisorRule(
        code: "PL2008", severity: .warning,
        message: "Program's stderr does not go to the container log: set `stderr_logfile=/dev/stderr` or `redirect_stderr=true`"
    ) { context, report in
        for process in context.processes {
            if let redirect = process["redirect_stderr"], ValueSyntax.boolean(redirect.value) == true { continue }
            guard let logfile = process["stderr_logfile"] else {
                report.add(process.first, message: "`[\(process.first.header)]` does not send stderr to the container log: "
                    + "set `stderr_logfile=/dev/stderr` or `redirect_stderr=true`")
                continue
            }
            if !ValueSyntax.isExpanded(logfile), !ValueSyntax.containerLogPaths.contains(logfile.value) {
                report.add(logfile, message: "`stderr_logfile=\(logfile.value)` does not go to the container log: use `/dev/stderr`")
            }
        }
    }
}
