import Testing
@testable import DockerfileLint

/// DL1001: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL1001Tests {
    @Test(arguments: [
        "FROM debian:12\n1️⃣# hadolint ignore=DL3003\nRUN cd /tmp",
    ])
    func catches(_ snippet: String) {
        expectRule("DL1001", snippet, config: DockerfileLintConfig(severityOverrides: ["DL1001": .info]))
    }

    @Test(arguments: [
        "FROM debian:12\n# just a comment\nRUN true",
        "FROM debian:12\n# hadolint global ignore=DL3003\nRUN cd /tmp",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL1001", snippet, config: DockerfileLintConfig(severityOverrides: ["DL1001": .info]))
    }
}
