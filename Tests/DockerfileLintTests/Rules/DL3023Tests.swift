import Testing
@testable import DockerfileLint

/// DL3023: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3023Tests {
    @Test(arguments: [
        "FROM debian:12 AS build\nCOPY 1️⃣--from=build /a /a",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3023", snippet)
    }

    @Test(arguments: [
        "FROM debian:12 AS build\nFROM debian:12\nCOPY --from=build /a /a",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3023", snippet)
    }
}
