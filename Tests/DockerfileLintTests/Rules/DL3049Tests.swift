import Testing
@testable import DockerfileLint

/// DL3049: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3049Tests {
    @Test(arguments: [
        "1️⃣FROM debian:12\nLABEL other=1",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3049", snippet, config: DockerfileLintConfig(labelSchema: ["maintainer": .text]))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL maintainer=me",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3049", snippet, config: DockerfileLintConfig(labelSchema: ["maintainer": .text]))
    }
}
