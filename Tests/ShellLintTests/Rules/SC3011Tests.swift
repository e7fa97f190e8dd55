import Testing
@testable import ShellLint

/// `⚠️` marks where SC3011 must be reported; snippets without a marker must not report it.
@Suite struct SC3011Tests {
    @Test(arguments: [
        "cat ⚠️<<< \"$a\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3011", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo \"$a\" | cat",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3011", snippet, dialect: .sh)
    }
}
