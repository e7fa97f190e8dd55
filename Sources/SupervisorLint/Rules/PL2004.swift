extension SupervisorRule {
    /// `[supervisord]` does not set `nodaemon=true`: in a container it must stay in the foreground
    ///
    /// A daemonising supervisord forks and its parent exits; as PID 1 that ends the container.
    /// (`supervisord -n` on the command line does the same, but the file should not rely on it.)
    static let pl2004 = SupervisorRule(
        code: "PL2004", severity: .warning,
        message: "`[supervisord]` does not set `nodaemon=true`: in a container it must stay in the foreground"
    ) { context, report in
        guard let supervisord = context.supervisord else { return }
        guard let nodaemon = supervisord["nodaemon"] else {
            report.add(supervisord.first)
            return
        }
        if ValueSyntax.boolean(nodaemon.value) == false { report.add(nodaemon) }
    }
}
