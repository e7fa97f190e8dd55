import Testing
@testable import DockerfileLint

/// DL3050: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3050Tests {
    @Test(arguments: [
        "FROM debian:12\n1️⃣LABEL maintainer=me extra=1",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3050", snippet, config: DockerfileLintConfig(labelSchema: ["maintainer": .text], strictLabels: true))
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL maintainer=me",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3050", snippet, config: DockerfileLintConfig(labelSchema: ["maintainer": .text], strictLabels: true))
    }
}
