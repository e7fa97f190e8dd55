import Testing
@testable import DockerfileLint

/// DL3019: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3019Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣apk add curl=8",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3019", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN apk add --no-cache curl=8",
        "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3019", snippet)
    }
}
