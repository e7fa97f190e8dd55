import Testing
@testable import DockerfileLint

/// DL3021: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3021Tests {
    @Test(arguments: [
        "FROM debian:12\nCOPY a b 1️⃣/dest",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3021", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nCOPY a b /dest/",
        "FROM debian:12\nCOPY a /dest",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3021", snippet)
    }
}
