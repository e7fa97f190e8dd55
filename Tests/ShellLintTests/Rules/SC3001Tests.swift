import Testing
@testable import ShellLint

/// `⚠️` marks where SC3001 must be reported; snippets without a marker must not report it.
@Suite struct SC3001Tests {
    @Test(arguments: [
        "diff ⚠️<(ls a) ⚠️<(ls b)",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3001", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "ls a > x",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3001", snippet, dialect: .sh)
    }
}
