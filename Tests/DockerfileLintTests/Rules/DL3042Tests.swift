import Testing
@testable import DockerfileLint

/// DL3042: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3042Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣pip install flask==3.0.0",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3042", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN pip install --no-cache-dir flask==3.0.0",
        "FROM debian:12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.0",
        "FROM debian:12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.0",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3042", snippet)
    }
}
