extension DockerfileRule {
    /// Use arguments JSON notation for CMD and ENTRYPOINT arguments
    ///
    /// Shell form wraps the process in `sh -c`, which does not pass signals on.
    static let dl3025 = DockerfileRule(
        code: "DL3025", severity: .warning, message: "Use arguments JSON notation for CMD and ENTRYPOINT arguments"
    ) { context, report in
        for item in context.instructions where [.cmd, .entrypoint, .healthcheck].contains(item.kind) {
            if item.instruction.shell != nil { report.add(item) }
        }
    }
}
