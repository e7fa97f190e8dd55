extension DockerfileRule {
    /// Always tag the version of an image explicitly
    ///
    /// An image chosen by a variable (`FROM ${BASE}`, `FROM $BASE`) is not judged: the build picks
    /// it, whatever the ARG's default says. A tag written with a variable (`debian:${TAG}`) is a tag.
    static let dl3006 = DockerfileRule(code: "DL3006", severity: .warning, message: "Always tag the version of an image explicitly") { context, report in
        for item in context.instructions where item.kind == .from && !item.isTriggered {
            guard let from = item.instruction.from else { continue }
            if context.aliases(before: item.index).contains(from.image.text.lowercased()) { continue }
            let image = from.image
            if image.text.hasPrefix("$") { continue }
            if image.isScratch || image.tag != nil || image.digest != nil { continue }
            report.add(item, at: from.imageSpan)
        }
    }
}
