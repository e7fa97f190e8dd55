import Testing
@testable import DockerfileLint

/// DL3011: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3011Tests {
    @Test(arguments: [
        "FROM debian:12\nEXPOSE 80 1️⃣70000",
        "FROM debian:12\nEXPOSE 1️⃣65536/udp",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3011", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nEXPOSE 80 443/tcp 8000-8010",
        "FROM debian:12\nEXPOSE ${PORT}",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3011", snippet)
    }
}
