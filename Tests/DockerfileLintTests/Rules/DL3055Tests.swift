import Testing
@testable import DockerfileLint

/// DL3055: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3055Tests {
    @Test(arguments: [
        "FROM debian:12\nLABEL 1️⃣revision=xyz",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3055", snippet, config: DockerfileLintConfig(labelSchema: ["revision": .hash]))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL revision=0123456789abcdef0123456789abcdef01234567",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3055", snippet, config: DockerfileLintConfig(labelSchema: ["revision": .hash]))
    }
}
