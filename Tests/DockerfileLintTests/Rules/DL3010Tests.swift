import Testing
@testable import DockerfileLint

/// DL3010: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3010Tests {
    @Test(arguments: [
        "FROM debian:12\n1️⃣COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3010", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN cp /tmp/app.tar.gz /opt",
        "FROM debian:12\nADD app.tar.gz /opt/",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3010", snippet)
    }
}
