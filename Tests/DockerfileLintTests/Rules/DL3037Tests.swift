import Testing
@testable import DockerfileLint

/// DL3037: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3037Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN zypper install -y 1️⃣nginx && zypper clean",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3037", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN zypper install -y nginx=1.21 && zypper clean",
        "FROM debian:12\nRUN zypper install -y 'nginx>=1.21' && zypper clean",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3037", snippet)
    }
}
