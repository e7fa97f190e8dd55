import Testing
@testable import DockerfileLint

/// DL3054: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3054Tests {
    @Test(arguments: [
        "FROM debian:12\nLABEL 1️⃣license=Nope-1.0",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3054", snippet, config: DockerfileLintConfig(labelSchema: ["license": .spdx]))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL license=MIT",
        "FROM debian:12\nLABEL license=\"Apache-2.0 OR MIT\"",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3054", snippet, config: DockerfileLintConfig(labelSchema: ["license": .spdx]))
    }
}
