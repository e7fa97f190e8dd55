extension DockerfileRule {
    /// Always tag the version of an image explicitly
    ///
    /// `FROM ${BASE}` is judged by the ARG's default (hadolint reports it even when the default is tagged).
    static let dl3006 = DockerfileRule(code: "DL3006", severity: .warning, message: "Always tag the version of an image explicitly") { context, report in
        for item in context.instructions where item.kind == .from && !item.isTriggered {
            guard let from = item.instruction.from else { continue }
            if context.aliases(before: item.index).contains(from.image.text.lowercased()) { continue }
            let image = RuleSupport.expandedImage(from, context) ?? from.image
            if image.isScratch || image.tag != nil || image.digest != nil { continue }
            report.add(item, at: from.imageSpan)
        }
    }
}
