import Testing
@testable import DockerfileLint

/// DL3006: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3006Tests {
    @Test(arguments: [
        "FROM 1️⃣debian",
        "FROM 1️⃣registry.example.com:5000/team/app",
        "ARG NAME=app\nFROM 1️⃣example/${NAME}",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3006", snippet)
    }

    @Test(arguments: [
        "FROM debian:12",
        "FROM scratch",
        "FROM debian@sha256:abc",
        "FROM debian:12 AS build\nFROM build",
        "ARG BASE=debian:12\nFROM ${BASE}",
        "ARG BASE=debian\nFROM ${BASE}",
        "ARG BASE=debian\nFROM $BASE",
        "ARG TAG=12\nFROM debian:${TAG}",
        "FROM localhost:5000/app:1.0",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3006", snippet)
    }
}
