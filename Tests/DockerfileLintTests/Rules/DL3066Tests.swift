import Testing
@testable import DockerfileLint

/// DL3066: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3066Tests {
    @Test(arguments: [
        "FROM debian:12\nUSER 1️⃣app",
        "FROM debian:12\nUSER 1️⃣app:1000",
        "FROM debian:12\nENV U=app\nUSER 1️⃣${U}",
        "FROM debian:12\nUSER 1️⃣$U:$G",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3066", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nUSER 1000",
        "FROM debian:12\nUSER 1000:1000",
        "FROM debian:12\nARG user=jenkins\nUSER ${user}",
        "ARG NB_UID=1000\nFROM debian:12\nUSER $NB_UID",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3066", snippet)
    }
}
