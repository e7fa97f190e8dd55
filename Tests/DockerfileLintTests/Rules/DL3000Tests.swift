import Testing
@testable import DockerfileLint

/// DL3000: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3000Tests {
    @Test(arguments: [
        "FROM debian:12\nWORKDIR 1️⃣usr/src/app",
        "FROM debian:12\nWORKDIR 1️⃣\"app\"",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3000", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nWORKDIR /usr/src/app",
        "FROM debian:12\nWORKDIR $HOME",
        "FROM debian:12\nWORKDIR \"/app\"",
        "FROM debian:12\nWORKDIR C:\\\\app",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3000", snippet)
    }
}
