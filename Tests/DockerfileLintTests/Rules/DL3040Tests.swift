import Testing
@testable import DockerfileLint

/// DL3040: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3040Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣dnf install -y nginx-1.24",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3040", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN dnf install -y nginx-1.24 && dnf clean all",
        "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx-1.24",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3040", snippet)
    }
}
