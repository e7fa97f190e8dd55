import Testing
@testable import DockerfileLint

/// DL3046: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3046Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣useradd -u 123456789 app",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3046", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN useradd -l -u 123456789 app",
        "FROM debian:12\nRUN useradd -u 1000 app",
        "FROM debian:12\nRUN useradd --no-log-init --uid 123456789 app",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3046", snippet)
    }
}
