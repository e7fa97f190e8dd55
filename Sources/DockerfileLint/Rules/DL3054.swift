extension DockerfileRule {
    /// Label `<label>` is not a valid SPDX identifier.
    ///
    /// Applies to labels that `label-schema` types as `spdx`.
    static let dl3054 = DockerfileRule(code: "DL3054", severity: .warning, message: "Label `<label>` is not a valid SPDX identifier.") { context, report in
        for (item, pair, value) in LabelSupport.values(context, of: .spdx) where !LabelSupport.isSPDX(value) {
            report.add(item, at: pair.span, message: "Label `\(pair.key)` is not a valid SPDX identifier.")
        }
    }
}
