import Testing
@testable import ShellLint

/// `⚠️` marks where SC3003 must be reported; snippets without a marker must not report it.
@Suite struct SC3003Tests {
    @Test(arguments: [
        "echo ⚠️$'a\\n'",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3003", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo 'a'",
        "printf 'a\\n'",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3003", snippet, dialect: .sh)
    }
}
