extension SupervisorRule {
    /// Log file written by more than one process
    ///
    /// Each process rotates the file on its own, so lines are lost and rotations clobber each
    /// other. Pipes (`/dev/stdout`), `AUTO` and `NONE` are not files and may be shared.
    static let pl2010 = SupervisorRule(
        code: "PL2010", severity: .warning,
        message: "Log file written by more than one process"
    ) { context, report in
        var writers: [(owner: String, entry: ConfigEntry)] = []
        if let logfile = context.supervisord?["logfile"] { writers.append(("[supervisord]", logfile)) }
        for process in context.processes {
            for key in ["stdout_logfile", "stderr_logfile"] {
                if let logfile = process[key] { writers.append(("[\(process.first.header)]", logfile)) }
            }
        }
        writers.sort { $0.entry.keySpan.start < $1.entry.keySpan.start }
        var firstOwner: [String: String] = [:]
        for (owner, entry) in writers {
            let path = entry.value
            guard !path.isEmpty, !["AUTO", "NONE"].contains(path.uppercased()),
                  !ValueSyntax.containerLogPaths.contains(path),
                  !entry.expansions.contains(where: { $0.name == "program_name" || $0.name == "process_num" }) else { continue }
            if let other = firstOwner[path] {
                if other != owner { report.add(entry, message: "`\(path)` is also written by \(other)") }
            } else {
                firstOwner[path] = owner
            }
        }
    }
}
