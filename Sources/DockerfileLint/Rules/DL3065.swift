extension DockerfileRule {
    /// Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior
    static let dl3065 = DockerfileRule(
        code: "DL3065", severity: .warning,
        message: "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior"
    ) { context, report in
        for item in context.instructions where item.kind == .from {
            guard let flag = item.instruction.flag("platform") else { continue }
            if flag.value == "$TARGETPLATFORM" || flag.value == "${TARGETPLATFORM}" { report.add(item, at: flag.span) }
        }
    }
}
