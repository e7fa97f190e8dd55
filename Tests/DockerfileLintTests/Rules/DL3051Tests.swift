import Testing
@testable import DockerfileLint

/// DL3051: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3051Tests {
    @Test(arguments: [
        "FROM debian:12\nLABEL 1️⃣maintainer=\"\"",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3051", snippet, config: DockerfileLintConfig(labelSchema: ["maintainer": .text]))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL maintainer=me",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3051", snippet, config: DockerfileLintConfig(labelSchema: ["maintainer": .text]))
    }
}
