extension DockerfileRule {
    /// Label `<label>` is not a valid URL.
    ///
    /// Applies to labels that `label-schema` types as `url`.
    static let dl3052 = DockerfileRule(code: "DL3052", severity: .warning, message: "Label `<label>` is not a valid URL.") { context, report in
        for (item, pair, value) in LabelSupport.values(context, of: .url) where !LabelSupport.isURL(value) {
            report.add(item, at: pair.span, message: "Label `\(pair.key)` is not a valid URL.")
        }
    }
}
