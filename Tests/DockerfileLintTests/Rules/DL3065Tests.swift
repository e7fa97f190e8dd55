import Testing
@testable import DockerfileLint

/// DL3065: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3065Tests {
    @Test(arguments: [
        "FROM 1️⃣--platform=$TARGETPLATFORM debian:12",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3065", snippet)
    }

    @Test(arguments: [
        "FROM --platform=$BUILDPLATFORM debian:12",
        "FROM debian:12",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3065", snippet)
    }
}
