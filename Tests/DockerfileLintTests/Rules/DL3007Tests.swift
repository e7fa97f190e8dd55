import Testing
@testable import DockerfileLint

/// DL3007: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3007Tests {
    @Test(arguments: [
        "FROM 1️⃣debian:latest",
        "ARG TAG=latest\nFROM 1️⃣debian:${TAG}",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3007", snippet)
    }

    @Test(arguments: [
        "FROM debian:12",
        "FROM debian:latest@sha256:abc",
        "FROM latest:1",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3007", snippet)
    }
}
