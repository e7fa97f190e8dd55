import Testing
@testable import ShellLint

/// `⚠️` marks where SC2002 must be reported; snippets without a marker must not report it.
@Suite struct SC2002Tests {
    @Test(arguments: [
        "cat ⚠️file | grep x",
        "cat ⚠️\"$f\" | wc -l",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2002", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "cat a b | sort",
        "grep x file",
        "cat -n file | head",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2002", snippet, dialect: .bash)
    }
}
