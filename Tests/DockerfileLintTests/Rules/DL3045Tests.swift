import Testing
@testable import DockerfileLint

/// DL3045: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3045Tests {
    @Test(arguments: [
        "FROM debian:12\nCOPY app.conf 1️⃣conf/",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3045", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nWORKDIR /srv\nCOPY app.conf conf/",
        "FROM debian:12\nCOPY app.conf /etc/app.conf",
        "FROM debian:12 AS a\nWORKDIR /srv\nFROM a\nCOPY x y",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3045", snippet)
    }
}
