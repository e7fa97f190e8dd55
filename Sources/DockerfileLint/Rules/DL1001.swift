import Basics

extension DockerfileRule {
    /// Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.
    ///
    /// Off by default; teams that want every exception in `.hadolint.yaml` turn it on.
    static let dl1001 = DockerfileRule(
        code: "DL1001", severity: .info,
        message: "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.",
        isEnabledByDefault: false
    ) { context, report in
        for comment in context.parse.comments {
            if let pragma = Pragma(comment: comment), pragma.isInlineIgnore {
                report.add(at: comment.span.start)
            }
        }
    }
}
