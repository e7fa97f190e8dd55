import Testing
@testable import DockerfileLint

/// DL3008: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3008Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN apt-get install -y 1️⃣curl",
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    curl=7.88 \\\n    1️⃣git",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3008", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88",
        "FROM debian:12\nRUN apt-get install -y ./local.deb",
        "FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=7.88",
        "FROM debian:12\nRUN apt-get update",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3008", snippet)
    }
}
