import Testing
@testable import DockerfileLint

/// DL3025: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3025Tests {
    @Test(arguments: [
        "FROM debian:12\n1️⃣CMD echo hello",
        "FROM debian:12\n1️⃣ENTRYPOINT /entrypoint.sh",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3025", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nCMD [\"echo\", \"hello\"]",
        "FROM debian:12\nENTRYPOINT [\"/entrypoint.sh\"]",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3025", snippet)
    }
}
