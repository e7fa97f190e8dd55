import Testing
@testable import DockerfileLint

/// DL3032: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3032Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣yum install -y httpd-2.4",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3032", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN yum install -y httpd-2.4 && yum clean all",
        "FROM debian:12\nRUN yum install -y httpd-2.4 && rm -rf /var/cache/yum",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3032", snippet)
    }
}
