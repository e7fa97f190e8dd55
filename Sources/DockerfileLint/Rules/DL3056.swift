extension DockerfileRule {
    /// Label `<label>` does not conform to semantic versioning.
    ///
    /// Applies to labels that `label-schema` types as `semver`.
    static let dl3056 = DockerfileRule(code: "DL3056", severity: .warning, message: "Label `<label>` does not conform to semantic versioning.") { context, report in
        for (item, pair, value) in LabelSupport.values(context, of: .semver) where !LabelSupport.isSemVer(value) {
            report.add(item, at: pair.span, message: "Label `\(pair.key)` does not conform to semantic versioning.")
        }
    }
}
