import Testing
@testable import ShellLint

/// `⚠️` marks where SC3053 must be reported; snippets without a marker must not report it.
@Suite struct SC3053Tests {
    @Test(arguments: [
        "echo \"⚠️${!a}\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3053", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo \"${a}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3053", snippet, dialect: .sh)
    }
}
