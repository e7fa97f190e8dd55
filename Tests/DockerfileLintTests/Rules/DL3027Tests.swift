import Testing
@testable import DockerfileLint

/// DL3027: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3027Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣apt install -y curl",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3027", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=1",
        "FROM debian:12\nRUN apt-cache policy curl",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3027", snippet)
    }
}
