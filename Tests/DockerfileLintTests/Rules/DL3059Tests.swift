import Testing
@testable import DockerfileLint

/// DL3059: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3059Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN echo one\n1️⃣RUN echo two",
        "FROM debian:12\nRUN echo one\n# comment\n1️⃣RUN echo two",
        "FROM alpine:3.20\nRUN apk add --no-cache git=2\n1️⃣RUN [ -e /etc/nsswitch.conf ] && grep '^hosts' /etc/nsswitch.conf",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3059", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN echo one && echo two\nRUN echo three",
        "FROM debian:12\nRUN echo one\nRUN --mount=type=cache,target=/x echo two",
        "FROM debian:12\nRUN echo one\nWORKDIR /x\nRUN echo two",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3059", snippet)
    }
}
