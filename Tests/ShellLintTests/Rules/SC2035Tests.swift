import Testing
@testable import ShellLint

/// `⚠️` marks where SC2035 must be reported; snippets without a marker must not report it.
@Suite struct SC2035Tests {
    @Test(arguments: [
        "rm ⚠️*.txt",
        "cp ⚠️* /tmp",
        "grep x ⚠️*.log",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2035", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "rm -- *.txt",
        "rm ./*.txt",
        "echo *.txt",
        "for f in *.txt; do :; done",
        "rm '*.txt'",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2035", snippet, dialect: .bash)
    }
}
