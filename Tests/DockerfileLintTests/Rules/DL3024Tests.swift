import Testing
@testable import DockerfileLint

/// DL3024: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3024Tests {
    @Test(arguments: [
        "FROM debian:12 AS build\nFROM debian:12 AS 1️⃣build",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3024", snippet)
    }

    @Test(arguments: [
        "FROM debian:12 AS build\nFROM debian:12 AS final",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3024", snippet)
    }
}
