import Testing
@testable import DockerfileLint

/// PL1002: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL1002Tests {
    @Test(arguments: [
        "FROM debian:12\nADD 1️⃣https://example.com/tool.tar.gz /opt/",
    ])
    func catches(_ snippet: String) {
        expectRule("PL1002", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/",
        "FROM debian:12\nADD app.tar.gz /opt/",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL1002", snippet)
    }
}
