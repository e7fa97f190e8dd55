import Testing
@testable import DockerfileLint

/// DL4005: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL4005Tests {
    @Test(arguments: [
        "FROM debian:12\nRUN 1️⃣ln -sf /bin/bash /bin/sh",
    ])
    func catches(_ snippet: String) {
        expectRule("DL4005", snippet)
    }

    @Test(arguments: [
        "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]",
        "FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL4005", snippet)
    }
}
