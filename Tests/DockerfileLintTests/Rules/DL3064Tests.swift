import Testing
@testable import DockerfileLint

/// DL3064: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3064Tests {
    @Test(arguments: [
        "FROM debian:12\n1️⃣ARG GITHUB_TOKEN",
        "FROM debian:12\n1️⃣ENV DB_PASSWORD=x",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3064", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nARG VERSION=1",
        "FROM debian:12\nENV PATH=/usr/bin",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3064", snippet)
    }
}
