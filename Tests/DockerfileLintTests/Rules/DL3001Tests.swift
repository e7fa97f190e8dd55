import Testing
@testable import DockerfileLint

/// DL3001: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3001Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣ssh example.com",
        "FROM debian:12\nRUN echo x && 1️⃣vim /etc/hosts",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3001", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN echo ssh vim",
        "FROM debian:12\nRUN apt-get install -y --no-install-recommends openssh-client=1",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3001", snippet)
    }
}
