import Testing
@testable import DockerfileLint

/// DL3063: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3063Tests {
    @Test(arguments: [
        "1️⃣FROM debian:12\nRUN true",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3063", snippet, config: DockerfileLintConfig(severityOverrides: ["DL3063": .info]))
    }

    @Test(arguments: [
        "FROM debian:12\nUSER 1000",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3063", snippet, config: DockerfileLintConfig(severityOverrides: ["DL3063": .info]))
    }
}
