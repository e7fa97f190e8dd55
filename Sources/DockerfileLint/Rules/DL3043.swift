extension DockerfileRule {
    /// `ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.
    static let dl3043 = DockerfileRule(
        code: "DL3043", severity: .error, message: "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction."
    ) { context, report in
        for item in context.instructions where item.isTriggered && [.onbuild, .from, .maintainer].contains(item.kind) {
            report.add(item)
        }
    }
}
