import Testing
@testable import DockerfileLint

/// DL4004: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL4004Tests {
    @Test(arguments: [
        "FROM debian:12\nENTRYPOINT [\"a\"]\n1️⃣ENTRYPOINT [\"b\"]",
    ])
    func catches(_ snippet: String) {
        expectRule("DL4004", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nENTRYPOINT [\"a\"]",
        "FROM debian:12 AS a\nENTRYPOINT [\"a\"]\nFROM a\nENTRYPOINT [\"b\"]",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL4004", snippet)
    }
}
