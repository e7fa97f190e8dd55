import Testing
@testable import DockerfileLint

/// DL3004: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3004Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣sudo make install",
        "FROM debian:12\nRUN true && 1️⃣sudo -u app id",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3004", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN make install",
        "FROM debian:12\nRUN echo sudo",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3004", snippet)
    }
}
