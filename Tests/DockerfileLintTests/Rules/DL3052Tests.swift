import Testing
@testable import DockerfileLint

/// DL3052: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3052Tests {
    @Test(arguments: [
        "FROM debian:12\nLABEL 1️⃣url=not-a-url",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3052", snippet, config: DockerfileLintConfig(labelSchema: ["url": .url]))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL url=https://example.com/x",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3052", snippet, config: DockerfileLintConfig(labelSchema: ["url": .url]))
    }
}
