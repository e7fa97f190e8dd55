import Testing
@testable import DockerfileLint

/// DL3058: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3058Tests {
    @Test(arguments: [
        "FROM debian:12\nLABEL 1️⃣author=nobody",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3058", snippet, config: DockerfileLintConfig(labelSchema: ["author": .email]))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL author=me@example.com",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3058", snippet, config: DockerfileLintConfig(labelSchema: ["author": .email]))
    }
}
