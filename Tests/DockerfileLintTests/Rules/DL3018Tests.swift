import Testing
@testable import DockerfileLint

/// DL3018: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3018Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN apk add --no-cache 1️⃣curl",
        "FROM alpine:3.20\nARG PKGS=\"curl git\"\nRUN apk add --no-cache 1️⃣$PKGS",
        "FROM debian:12\nRUN apk add --no-cache --virtual .deps bash=5 1️⃣git",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3018", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN apk add --no-cache curl=8.9.0-r0",
        "FROM debian:12\nRUN apk add --no-cache \"curl=$CURL_VERSION\"",
        "FROM debian:12\nRUN apk add --no-cache --virtual .build-deps gcc=13",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3018", snippet)
    }
}
