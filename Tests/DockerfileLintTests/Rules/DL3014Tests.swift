import Testing
@testable import DockerfileLint

/// DL3014: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3014Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣apt-get install --no-install-recommends curl=1",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3014", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=1",
        "FROM debian:12\nRUN apt-get -qq install --no-install-recommends curl=1",
        "FROM debian:12\nRUN apt-get install --yes --no-install-recommends curl=1",
        "FROM debian:12\nRUN apt-get install --assume-yes --no-install-recommends curl=1",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3014", snippet)
    }
}
