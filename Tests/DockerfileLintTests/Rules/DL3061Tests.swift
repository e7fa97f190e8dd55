import Testing
@testable import DockerfileLint

/// DL3061: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct DL3061Tests {
    @Test(arguments: [
        "1️⃣RUN true\nFROM debian:12",
        "ARG A=1\n1️⃣LABEL x=1\nFROM debian:12",
        "1️⃣RUN a\n2️⃣RUN b\nFROM debian:12",
    ])
    func catches(_ snippet: String) {
        expectRule("DL3061", snippet)
    }

    @Test(arguments: [
        "ARG A=1\nFROM debian:12",
        "# comment\nFROM debian:12",
    ])
    func ignores(_ snippet: String) {
        expectRule("DL3061", snippet)
    }
}
