import Testing
@testable import DockerfileLint

/// DL3056: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3056Tests {
    @Test(arguments: [
        "FROM debian:12\nLABEL 1️⃣version=1.0",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3056", snippet, config: DockerfileLintConfig(labelSchema: ["version": .semver]))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL version=1.0.0",
        "FROM debian:12\nLABEL version=1.2.3-rc.1+build.5",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3056", snippet, config: DockerfileLintConfig(labelSchema: ["version": .semver]))
    }
}
