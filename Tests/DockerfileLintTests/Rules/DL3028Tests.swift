import Testing
@testable import DockerfileLint

/// DL3028: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3028Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN gem install 1️⃣rails",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3028", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN gem install rails:7.1.0",
        "FROM debian:12\nRUN gem install rails -v 7.1.0",
        "FROM debian:12\nRUN gem install rails --version 7.1.0",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3028", snippet)
    }
}
