extension DockerfileRule {
    /// Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).
    static let dl3047 = DockerfileRule(
        code: "DL3047", severity: .info,
        message: "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`)."
    ) { context, report in
        for (item, facts) in context.runs {
            for command in facts.commands(named: "wget") {
                let args = command.args
                let quiet = args.contains("-nv") || command.hasFlag("progress", "quiet", "no-verbose", "output-file", "append-output")
                    || args.contains { $0.hasPrefix("-") && !$0.hasPrefix("--") && ($0.contains("q") || $0.contains("o") || $0.contains("a")) }
                if !quiet { report.add(item, at: command.span) }
            }
        }
    }
}
