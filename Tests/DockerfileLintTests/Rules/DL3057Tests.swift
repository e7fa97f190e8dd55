import Testing
@testable import DockerfileLint

/// DL3057: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3057Tests {
    @Test(arguments: [
        "1️⃣FROM debian:12\nRUN true",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3057", snippet, config: DockerfileLintConfig(severityOverrides: ["DL3057": .info]))
    }

    @Test(arguments: [
        "FROM debian:12\nHEALTHCHECK CMD [\"true\"]",
        "FROM debian:12 AS a\nHEALTHCHECK NONE\nFROM a",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3057", snippet, config: DockerfileLintConfig(severityOverrides: ["DL3057": .info]))
    }
}
