import Testing
@testable import DockerfileLint

/// DL3053: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3053Tests {
    @Test(arguments: [
        "FROM debian:12\nLABEL 1️⃣created=yesterday",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3053", snippet, config: DockerfileLintConfig(labelSchema: ["created": .rfc3339]))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL created=2024-01-31T12:00:00Z",
        "FROM debian:12\nLABEL created=2024-01-31T12:00:00.5+02:00",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3053", snippet, config: DockerfileLintConfig(labelSchema: ["created": .rfc3339]))
    }
}
