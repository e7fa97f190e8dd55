import Testing
@testable import DockerfileLint

/// DL3026: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3026Tests {
    @Test(arguments: [
        "FROM 1️⃣docker.io/library/debian:12",
        "FROM 1️⃣evil.example.org/app:1",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3026", snippet, config: DockerfileLintConfig(trustedRegistries: ["registry.example.com"]))
    }

    @Test(arguments: [
        "FROM registry.example.com/app:1",
        "FROM scratch",
        "FROM registry.example.com/app:1 AS a\nFROM a",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3026", snippet, config: DockerfileLintConfig(trustedRegistries: ["registry.example.com"]))
    }
}
