import Testing
@testable import DockerfileLint

/// DL4003: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL4003Tests {
    @Test(arguments: [
        "FROM debian:12\nCMD [\"a\"]\n1️⃣CMD [\"b\"]",
    ])
    func catches(_ snippet: String) {
        expectRule("DL4003", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nCMD [\"a\"]",
        "FROM debian:12 AS a\nCMD [\"a\"]\nFROM a\nCMD [\"b\"]",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL4003", snippet)
    }
}
