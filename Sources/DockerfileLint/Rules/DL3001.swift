extension DockerfileRule {
    /// For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`
    ///
    /// Interactive tools and service managers do nothing useful during a build.
    static let dl3001 = DockerfileRule(
        code: "DL3001", severity: .info,
        message: "For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`"
    ) { context, report in
        let pointless: Set = ["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim", "ifconfig"]
        for (item, facts) in context.runs {
            for command in facts.commands where pointless.contains(command.name) {
                report.add(item, at: command.span)
            }
        }
    }
}
