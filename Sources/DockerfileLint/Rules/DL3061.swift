extension DockerfileRule {
    /// Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.
    static let dl3061 = DockerfileRule(
        code: "DL3061", severity: .error, message: "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment."
    ) { context, report in
        for item in context.instructions where !item.isTriggered {
            if item.kind == .from { return }
            if item.kind != .arg { report.add(item) }
        }
    }
}
