import Testing
@testable import DockerfileLint

/// DL3043: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3043Tests {
    @Test(arguments: [
        "FROM debian:12\nONBUILD 1️⃣FROM debian:12",
        "FROM debian:12\nONBUILD 1️⃣MAINTAINER me",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3043", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nONBUILD RUN true",
        "FROM debian:12\nONBUILD COPY . /app",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3043", snippet)
    }
}
