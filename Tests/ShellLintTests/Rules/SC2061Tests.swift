import Testing
@testable import ShellLint

/// `⚠️` marks where SC2061 must be reported; snippets without a marker must not report it.
@Suite struct SC2061Tests {
    @Test(arguments: [
        "find . -name ⚠️*.txt",
        "find / -iname ⚠️foo*",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2061", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "find . -name '*.txt'",
        "find . -name foo",
        "find . -name \"*.txt\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2061", snippet, dialect: .bash)
    }
}
