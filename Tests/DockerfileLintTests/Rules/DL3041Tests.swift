import Testing
@testable import DockerfileLint

/// DL3041: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3041Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN dnf install -y 1️⃣nginx && dnf clean all",
        "FROM fedora:40\nRUN dnf install -y -v 1️⃣libuv-1.44* && dnf clean all",
        "FROM fedora:40\nRUN dnf install -y 1️⃣$PKGS && dnf clean all",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3041", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN dnf install -y nginx-1.24.0 && dnf clean all",
        "FROM debian:12\nRUN dnf install -y nginx:1.24 && dnf clean all",
        "FROM fedora:40\nARG V=11.4\nRUN microdnf install -y MariaDB-server-${V} && microdnf clean all",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3041", snippet)
    }
}
