extension DockerfileRule {
    /// label `<label>` is empty.
    static let dl3051 = DockerfileRule(code: "DL3051", severity: .warning, message: "label `<label>` is empty.") { context, report in
        for (item, pair) in LabelSupport.labels(context) where context.config.labelSchema[pair.key] != nil && (pair.value ?? "").isEmpty {
            report.add(item, at: pair.span, message: "label `\(pair.key)` is empty.")
        }
    }
}
