import Testing
@testable import DockerfileLint

/// DL3044: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3044Tests {
    @Test(arguments: [
        "FROM debian:12\nENV A=1 1️⃣B=$A",
        "FROM debian:12\nENV PATH=/x 1️⃣P2=${PATH}/y",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3044", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nENV A=1\nENV B=$A",
        "FROM debian:12\nENV A=1 B=2",
        "FROM debian:12\nARG A\nENV A=1 B=$A",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3044", snippet)
    }
}
