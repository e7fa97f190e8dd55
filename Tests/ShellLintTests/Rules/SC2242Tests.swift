import Testing
@testable import ShellLint

/// `⚠️` marks where SC2242 must be reported; snippets without a marker must not report it.
@Suite struct SC2242Tests {
    @Test(arguments: [
        "exit ⚠️-1",
        "exit ⚠️256",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2242", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "exit 1",
        "exit \"$rc\"",
        "exit",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2242", snippet, dialect: .bash)
    }
}
