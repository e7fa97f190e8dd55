extension DockerfileRule {
    /// Superfluous label(s) present.
    ///
    /// With `strict-labels`, labels outside `label-schema` are reported.
    static let dl3050 = DockerfileRule(code: "DL3050", severity: .info, message: "Superfluous label(s) present.") { context, report in
        guard context.config.strictLabels, !context.config.labelSchema.isEmpty else { return }
        for item in context.instructions where item.kind == .label {
            if item.instruction.pairs.contains(where: { context.config.labelSchema[$0.key] == nil }) { report.add(item) }
        }
    }
}
