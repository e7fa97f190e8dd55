import Testing
@testable import ShellLint

/// `⚠️` marks where SC2197 must be reported; snippets without a marker must not report it.
@Suite struct SC2197Tests {
    @Test(arguments: [
        "⚠️fgrep x file",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2197", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "grep -F x file",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2197", snippet, dialect: .bash)
    }
}
