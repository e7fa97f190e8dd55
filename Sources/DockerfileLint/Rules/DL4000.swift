extension DockerfileRule {
    /// MAINTAINER is deprecated
    ///
    /// Use `LABEL org.opencontainers.image.authors=…` instead.
    static let dl4000 = DockerfileRule(code: "DL4000", severity: .error, message: "MAINTAINER is deprecated") { context, report in
        for item in context.instructions where item.kind == .maintainer && !item.isTriggered { report.add(item) }
    }
}
