import Testing
@testable import DockerfileLint

/// DL3038: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3038Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣dnf install nginx-1.24 && dnf clean all",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3038", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN dnf install -y nginx-1.24 && dnf clean all",
        "FROM debian:12\nRUN microdnf install --assumeyes nginx-1.24 && microdnf clean all",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3038", snippet)
    }
}
