extension SupervisorRule {
    /// `command` does not start with an absolute path
    ///
    /// supervisord then searches its own `PATH`, which in a container is often not the one the
    /// image's shell has. A leading expansion (`%(ENV_HOME)s/bin/x`, `%(here)s/x`) is accepted.
    static let pl2006 = SupervisorRule(
        code: "PL2006", severity: .warning,
        message: "`command` does not start with an absolute path"
    ) { context, report in
        for process in context.processes {
            guard let command = process["command"] else { continue }
            let scalars = Array(command.value.unicodeScalars)
            var start = 0
            while start < scalars.count, SupervisorParser.isBlank(scalars[start]) || scalars[start] == "\n" { start += 1 }
            if start < scalars.count, scalars[start] == "\"" || scalars[start] == "'" { start += 1 }
            guard start < scalars.count, scalars[start] != "/" else { continue }
            if command.expansions.contains(where: { $0.range.lowerBound == start && $0.name != nil }) { continue }
            var end = start
            while end < scalars.count, !SupervisorParser.isBlank(scalars[end]), scalars[end] != "\n",
                  scalars[end] != "\"", scalars[end] != "'" { end += 1 }
            let program = String(String.UnicodeScalarView(scalars[start..<end]))
            report.add(command, at: command.span(ofScalars: start..<end),
                       message: "`command` starts with `\(program)`, not an absolute path")
        }
    }
}
