import Testing
@testable import ShellLint

/// `⚠️` marks where SC3060 must be reported; snippets without a marker must not report it.
@Suite struct SC3060Tests {
    @Test(arguments: [
        "echo \"⚠️${a/x/y}\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3060", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo \"${a%x}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3060", snippet, dialect: .sh)
    }
}
