import Testing
@testable import DockerfileLint

/// DL3009: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3009Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣apt-get update && apt-get install -y curl=1",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3009", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN apt-get update && apt-get install -y curl=1 && rm -rf /var/lib/apt/lists/*",
        "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update",
        "FROM debian:12 AS build\nRUN apt-get update\nFROM debian:12\nRUN true",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3009", snippet)
    }
}
