extension SupervisorRule {
    /// Program has no `user` and runs as root
    ///
    /// Reported when `[supervisord]` runs as root (no `user`, `user=root` or `user=0`), so its
    /// children do too. Give each service its own account with `user=`.
    static let pl2012 = SupervisorRule(
        code: "PL2012", severity: .warning,
        message: "Program has no `user` and runs as root"
    ) { context, report in
        if let user = context.supervisord?["user"], !["root", "0"].contains(user.value) { return }
        for process in context.processes where process["user"] == nil {
            report.add(process.first, message: "`[\(process.first.header)]` has no `user` and runs as root")
        }
    }
}
