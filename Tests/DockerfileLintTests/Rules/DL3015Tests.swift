import Testing
@testable import DockerfileLint

/// DL3015: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3015Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣apt-get install -y curl=1",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3015", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=1",
        "FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl=1",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3015", snippet)
    }
}
