import Testing
@testable import DockerfileLint

/// DL3003: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3003Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣cd /tmp && make",
        "FROM debian:12\nRUN make && (1️⃣cd /x)",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3003", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nWORKDIR /tmp\nRUN make",
        "FROM debian:12\nRUN echo cd",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3003", snippet)
    }
}
