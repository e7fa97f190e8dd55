import Testing
@testable import DockerfileLint

/// DL3035: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3035Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣zypper dist-upgrade -y",
        "FROM debian:12\nRUN 1️⃣zypper dup -y",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3035", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN zypper patch -y",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3035", snippet)
    }
}
