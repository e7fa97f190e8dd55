import Testing
@testable import ShellLint

/// `⚠️` marks where SC2309 must be reported; snippets without a marker must not report it.
@Suite struct SC2309Tests {
    @Test(arguments: [
        "[[ $x -eq ⚠️yes ]]",
        "[[ 1 -lt ⚠️foo_bar ]]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2309", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "[[ $x -eq 1 ]]",
        "[[ $x = yes ]]",
        "[[ $x -eq $y ]]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2309", snippet, dialect: .bash)
    }
}
