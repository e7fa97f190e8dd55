import Testing
@testable import DockerfileLint

/// DL4000: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL4000Tests {
    @Test(arguments: [
        "FROM debian:12\n1️⃣MAINTAINER me@example.com",
    ])
    func catches(_ snippet: String) {
        expectRule("DL4000", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL maintainer=me@example.com",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL4000", snippet)
    }
}
