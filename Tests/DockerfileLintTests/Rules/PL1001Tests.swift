import Testing
@testable import DockerfileLint

/// PL1001: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL1001Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN apt-get update\nRUN 1️⃣apt-get install -y --no-install-recommends curl=1",
    ])
    func catches(_ snippet: String) {
        expectRule("PL1001", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=1",
        "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=1",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL1001", snippet)
    }
}
