import Testing
@testable import DockerfileLint

/// DL3020: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3020Tests {
    @Test(arguments: [
        "FROM debian:12\n1️⃣ADD app.conf /etc/app.conf",
        "FROM debian:12\n1️⃣ADD ./dir /opt/dir",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3020", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nADD app.tar.gz /opt/",
        "FROM debian:12\nADD https://example.com/x.txt /x.txt",
        "FROM debian:12\nCOPY app.conf /etc/app.conf",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3020", snippet)
    }
}
