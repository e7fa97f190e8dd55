extension SupervisorRule {
    /// Log sent to a pipe without `*_maxbytes=0`: supervisord tries to rotate it and fails
    ///
    /// `/dev/stdout` in a container is a pipe; rotation seeks in it (`Illegal seek`) and the
    /// program's output is lost or supervisord crashes. `logfile=` of `[supervisord]` too.
    static let pl2009 = SupervisorRule(
        code: "PL2009", severity: .error,
        message: "Log sent to a pipe without `*_maxbytes=0`: supervisord tries to rotate it and fails"
    ) { context, report in
        var checks: [(MergedSection, String)] = []
        if let supervisord = context.supervisord { checks.append((supervisord, "logfile")) }
        for process in context.processes {
            checks.append((process, "stdout_logfile"))
            if let redirect = process["redirect_stderr"], ValueSyntax.boolean(redirect.value) == true { continue }
            checks.append((process, "stderr_logfile"))
        }
        for (section, key) in checks {
            guard let logfile = section[key], ValueSyntax.containerLogPaths.contains(logfile.value) else { continue }
            let sizeKey = key + "_maxbytes"
            guard let size = section[sizeKey] else {
                report.add(logfile, message: "`\(key)=\(logfile.value)` needs `\(sizeKey)=0`: supervisord cannot rotate a pipe")
                continue
            }
            if let bytes = ValueSyntax.byteSize(size.value.trimmedBlanks()), bytes != 0 {
                report.add(size, message: "`\(sizeKey)` must be 0 when `\(key)=\(logfile.value)`: supervisord cannot rotate a pipe")
            }
        }
    }
}
