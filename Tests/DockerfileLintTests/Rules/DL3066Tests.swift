import Testing
@testable import DockerfileLint

/// DL3066: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3066Tests {
    @Test(arguments: [
        "FROM debian:12\nUSER 1️⃣app",
        "FROM debian:12\nUSER 1️⃣app:1000",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3066", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nUSER 1000",
        "FROM debian:12\nUSER 1000:1000",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3066", snippet)
    }
}
