import Testing
@testable import DockerfileLint

/// DL3022: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3022Tests {
    @Test(arguments: [
        "FROM debian:12\nCOPY 1️⃣--from=build /a /a",
        "FROM alpine:3.20\nCOPY 1️⃣--from=example/tools /bin/tool /bin/tool",
        "FROM debian:12\nCOPY 1️⃣--from=later /a /a\nFROM debian:12 AS later",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3022", snippet)
    }

    @Test(arguments: [
        "FROM debian:12 AS build\nFROM debian:12\nCOPY --from=build /a /a",
        "FROM debian:12\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx",
        "FROM debian:12\nCOPY --from=nginx@sha256:abc /etc/nginx /etc/nginx",
        "FROM debian:12\nFROM debian:12\nCOPY --from=0 /a /a",
        "ARG SRC=build\nFROM debian:12 AS build\nFROM debian:12\nCOPY --from=${SRC} /a /a",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3022", snippet)
    }
}
