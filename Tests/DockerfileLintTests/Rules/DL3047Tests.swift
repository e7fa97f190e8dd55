import Testing
@testable import DockerfileLint

/// DL3047: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3047Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣wget https://example.com/x",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3047", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN wget -q https://example.com/x",
        "FROM debian:12\nRUN wget -nv https://example.com/x",
        "FROM debian:12\nRUN wget --progress=dot:giga https://example.com/x",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3047", snippet)
    }
}
