extension DockerfileRule {
    /// Do not use --platform flag with FROM
    ///
    /// `$BUILDPLATFORM` and `$TARGETPLATFORM` are the cross-build idiom and are allowed.
    static let dl3029 = DockerfileRule(code: "DL3029", severity: .warning, message: "Do not use --platform flag with FROM") { context, report in
        for item in context.instructions where item.kind == .from {
            guard let flag = item.instruction.flag("platform"), let value = flag.value else { continue }
            if value.contains("BUILDPLATFORM") || value.contains("TARGETPLATFORM") { continue }
            report.add(item, at: flag.span)
        }
    }
}
