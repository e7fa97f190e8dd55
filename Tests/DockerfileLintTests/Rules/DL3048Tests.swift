import Testing
@testable import DockerfileLint

/// DL3048: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3048Tests {
    @Test(arguments: [
        "FROM debian:12\nLABEL 1️⃣com.docker.x=1",
        "FROM debian:12\nLABEL 1️⃣-bad=1 good=2",
        "FROM debian:12\nLABEL 1️⃣a..b=1",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3048", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nLABEL org.opencontainers.image.title=demo",
        "FROM debian:12\nLABEL maintainer=me version=1.0",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3048", snippet)
    }
}
