import Testing
@testable import DockerfileLint

/// DL4001: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL4001Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN wget -q https://x/a\nRUN 1️⃣curl -o b https://x/b",
    ])
    func catches(_ snippet: String) {
        expectRule("DL4001", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN curl -o a https://x/a\nRUN curl -o b https://x/b",
        "FROM debian:12 AS a\nRUN wget -q https://x/a\nFROM debian:12\nRUN curl -o b https://x/b",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL4001", snippet)
    }
}
