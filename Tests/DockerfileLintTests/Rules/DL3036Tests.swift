import Testing
@testable import DockerfileLint

/// DL3036: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3036Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣zypper install -y nginx=1",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3036", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN zypper install -y nginx=1 && zypper clean -a",
        "FROM debian:12\nRUN zypper install -y nginx=1 && zypper cc",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3036", snippet)
    }
}
