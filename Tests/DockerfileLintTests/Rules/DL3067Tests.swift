import Testing
@testable import DockerfileLint

/// DL3067: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3067Tests {
    @Test(arguments: [
        "FROM debian:12 AS a\nFROM debian:12\n1️⃣COPY --from=a / /",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3067", snippet)
    }

    @Test(arguments: [
        "FROM debian:12 AS a\nFROM debian:12\nCOPY --from=a /usr /usr",
        "FROM debian:12\nCOPY . /",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3067", snippet)
    }
}
