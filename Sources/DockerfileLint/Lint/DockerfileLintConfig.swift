import Basics

/// What `.hadolint.yaml` (or pipeline.json's `lint` section) can say about Dockerfile checks.
public struct DockerfileLintConfig: Sendable, Hashable {
    /// Codes never reported (`ignored`).
    public var ignored: Set<String>
    /// Severity per code (`override.error: [DL3008]` …); also turns on rules that are off by default.
    public var severityOverrides: [String: Severity]
    /// Registries FROM may use (`trustedRegistries`); empty means any (DL3026 off).
    public var trustedRegistries: [String]
    /// Required labels and their value types (`label-schema`).
    public var labelSchema: [String: LabelType]
    /// Labels outside the schema are reported (`strict-labels`, DL3050).
    public var strictLabels: Bool
    /// `# hadolint ignore=` comments are not honoured (`disable-ignore-pragma`).
    public var disableIgnorePragma: Bool
    /// The lowest severity that fails the run (`failure-threshold`); applied by the caller.
    public var failureThreshold: Severity?
    /// Never fail (`no-fail`); applied by the caller.
    public var noFail: Bool

    public init(ignored: Set<String> = [], severityOverrides: [String: Severity] = [:],
                trustedRegistries: [String] = [], labelSchema: [String: LabelType] = [:],
                strictLabels: Bool = false, disableIgnorePragma: Bool = false,
                failureThreshold: Severity? = nil, noFail: Bool = false) {
        self.ignored = ignored
        self.severityOverrides = severityOverrides
        self.trustedRegistries = trustedRegistries
        self.labelSchema = labelSchema
        self.strictLabels = strictLabels
        self.disableIgnorePragma = disableIgnorePragma
        self.failureThreshold = failureThreshold
        self.noFail = noFail
    }
}

/// The value types `label-schema` can require.
public enum LabelType: String, Sendable, Hashable, CaseIterable {
    case text, url, spdx, hash, rfc3339, semver, email
}
