import Testing
@testable import ShellLint

/// `⚠️` marks where SC1003 must be reported; snippets without a marker must not report it.
@Suite struct SC1003Tests {
    @Test(arguments: [
        "x='abc⚠️\\'\necho \"$x\"",
        "echo \"$y\" 'c⚠️\\' d",
        "z='q\\⚠️\\'",
        "local spinstr='|/-⚠️\\'",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC1003", snippet, dialect: .bash)
    }

    @Test(arguments: ["echo 'it'\\''s'", "echo 'a\\b'", "echo \"a\\\\\"", "echo $'a\\\\'"])
    func ignores(_ snippet: String) {
        expectMarked("SC1003", snippet, dialect: .bash)
    }
}
