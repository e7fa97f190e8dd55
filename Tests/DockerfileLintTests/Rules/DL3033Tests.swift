import Testing
@testable import DockerfileLint

/// DL3033: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3033Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN yum install -y 1️⃣httpd && yum clean all",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3033", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN yum install -y httpd-2.4.6 && yum clean all",
        "FROM debian:12\nRUN yum install -y ./local.rpm && yum clean all",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3033", snippet)
    }
}
