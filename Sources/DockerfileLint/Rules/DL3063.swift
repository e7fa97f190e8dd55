extension DockerfileRule {
    /// A USER instruction should be specified
    ///
    /// Off by default (hadolint ships it ignored): the final image runs as root without one.
    static let dl3063 = DockerfileRule(
        code: "DL3063", severity: .info, message: "A USER instruction should be specified", isEnabledByDefault: false
    ) { context, report in
        guard !context.instructions.contains(where: { $0.kind == .user }), let last = context.stages.last else { return }
        report.add(context.instructions[last.fromIndex])
    }
}
