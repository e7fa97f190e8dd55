import Testing
@testable import DockerfileLint

/// DL3013: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3013Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN pip install --no-cache-dir 1️⃣flask",
        "FROM debian:12\nRUN pip install --no-cache-dir 1️⃣git+https://github.com/x/y.git",
        "FROM debian:12\nRUN python3 -m pip install --no-cache-dir requests==2 1️⃣six",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3013", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nRUN pip install --no-cache-dir flask==3.0.0",
        "FROM debian:12\nRUN pip install --no-cache-dir -r requirements.txt",
        "FROM debian:12\nRUN pip install --no-cache-dir .",
        "FROM debian:12\nRUN pip install --no-cache-dir 'django>=5,<6'",
        "FROM debian:12\nRUN pip install --no-cache-dir git+https://github.com/x/y.git@v1.0",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3013", snippet)
    }
}
