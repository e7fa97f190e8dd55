import Testing
@testable import DockerfileLint

/// DL3002: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3002Tests {
    @Test(arguments: [
        "FROM debian:12\n1️⃣USER root",
        "FROM debian:12 AS base\n1️⃣USER 0:0\nFROM base\nRUN true",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3002", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nUSER root\nUSER 1000",
        "FROM debian:12\nRUN true",
        "FROM debian:12 AS build\nUSER root\nFROM debian:12\nUSER app",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3002", snippet)
    }
}
