import Testing
@testable import ShellLint

/// `⚠️` marks where SC2071 must be reported; snippets without a marker must not report it.
@Suite struct SC2071Tests {
    @Test(arguments: [
        "[[ $a ⚠️> 3 ]]",
        "[[ $a ⚠️< 10 ]]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2071", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "[[ $a -gt 3 ]]",
        "[[ $a > $b ]]",
        "[[ $a < z ]]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2071", snippet, dialect: .bash)
    }
}
