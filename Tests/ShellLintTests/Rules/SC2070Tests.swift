import Testing
@testable import ShellLint

/// `⚠️` marks where SC2070 must be reported; snippets without a marker must not report it.
@Suite struct SC2070Tests {
    @Test(arguments: [
        "[ -n ⚠️$a ]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2070", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "[ -n \"$a\" ]",
        "[[ -n $a ]]",
        "[ -z \"$a\" ]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2070", snippet, dialect: .bash)
    }
}
