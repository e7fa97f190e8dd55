import Testing
@testable import DockerfileLint

/// DL3034: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3034Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣zypper install nginx=1 && zypper clean",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3034", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN zypper install -y nginx=1 && zypper clean",
        "FROM debian:12\nRUN zypper --non-interactive install nginx=1 && zypper clean",
        "FROM debian:12\nRUN zypper -n in nginx=1 && zypper clean",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3034", snippet)
    }
}
