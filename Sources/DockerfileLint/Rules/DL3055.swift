extension DockerfileRule {
    /// Label `<label>` is not a valid git hash.
    ///
    /// Applies to labels that `label-schema` types as `hash`.
    static let dl3055 = DockerfileRule(code: "DL3055", severity: .warning, message: "Label `<label>` is not a valid git hash.") { context, report in
        for (item, pair, value) in LabelSupport.values(context, of: .hash) where !LabelSupport.isGitHash(value) {
            report.add(item, at: pair.span, message: "Label `\(pair.key)` is not a valid git hash.")
        }
    }
}
