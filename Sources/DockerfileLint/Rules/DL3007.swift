extension DockerfileRule {
    /// Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag
    ///
    /// A digest next to `latest` pins it, so that is not reported. Only the tag as written counts:
    /// `debian:${TAG}` is chosen by the build, whatever the ARG's default.
    static let dl3007 = DockerfileRule(
        code: "DL3007", severity: .warning,
        message: "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag"
    ) { context, report in
        for item in context.instructions where item.kind == .from && !item.isTriggered {
            guard let from = item.instruction.from else { continue }
            let image = from.image
            if image.text.hasPrefix("$") { continue }
            if image.tag == "latest", image.digest == nil { report.add(item, at: from.imageSpan) }
        }
    }
}
