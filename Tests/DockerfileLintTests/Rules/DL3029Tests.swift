import Testing
@testable import DockerfileLint

/// DL3029: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3029Tests {
    @Test(arguments: [
        "FROM 1️⃣--platform=linux/amd64 debian:12",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3029", snippet)
    }

    @Test(arguments: [
        "FROM --platform=$BUILDPLATFORM debian:12",
        "FROM debian:12",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3029", snippet)
    }
}
