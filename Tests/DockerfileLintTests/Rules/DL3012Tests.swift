import Testing
@testable import DockerfileLint

/// DL3012: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3012Tests {
    @Test(arguments: [
        "FROM debian:12\nHEALTHCHECK CMD [\"true\"]\n1️⃣HEALTHCHECK NONE",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3012", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nHEALTHCHECK CMD [\"true\"]",
        "FROM debian:12 AS a\nHEALTHCHECK NONE\nFROM a\nHEALTHCHECK CMD [\"true\"]",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3012", snippet)
    }
}
