import Testing
@testable import ShellLint

/// `⚠️` marks where SC2196 must be reported; snippets without a marker must not report it.
@Suite struct SC2196Tests {
    @Test(arguments: [
        "⚠️egrep 'a|b' file",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2196", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "grep -E 'a|b' file",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2196", snippet, dialect: .bash)
    }
}
