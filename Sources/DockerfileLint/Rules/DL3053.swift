extension DockerfileRule {
    /// Label `<label>` is not a valid time format - must conform to RFC3339.
    ///
    /// Applies to labels that `label-schema` types as `rfc3339`.
    static let dl3053 = DockerfileRule(code: "DL3053", severity: .warning, message: "Label `<label>` is not a valid time format - must conform to RFC3339.") { context, report in
        for (item, pair, value) in LabelSupport.values(context, of: .rfc3339) where !LabelSupport.isRFC3339(value) {
            report.add(item, at: pair.span, message: "Label `\(pair.key)` is not a valid time format - must conform to RFC3339.")
        }
    }
}
