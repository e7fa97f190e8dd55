extension DockerfileRule {
    /// Label `<label>` is not a valid email format - must conform to RFC5322.
    ///
    /// Applies to labels that `label-schema` types as `email`.
    static let dl3058 = DockerfileRule(code: "DL3058", severity: .warning, message: "Label `<label>` is not a valid email format - must conform to RFC5322.") { context, report in
        for (item, pair, value) in LabelSupport.values(context, of: .email) where !LabelSupport.isEmail(value) {
            report.add(item, at: pair.span, message: "Label `\(pair.key)` is not a valid email format - must conform to RFC5322.")
        }
    }
}
