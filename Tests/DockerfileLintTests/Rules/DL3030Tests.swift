import Testing
@testable import DockerfileLint

/// DL3030: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3030Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣yum install httpd-2.4 && yum clean all",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3030", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN yum install -y httpd-2.4 && yum clean all",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3030", snippet)
    }
}
