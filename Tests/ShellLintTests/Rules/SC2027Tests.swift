import Testing
@testable import ShellLint

/// `⚠️` marks where SC2027 must be reported; snippets without a marker must not report it.
@Suite struct SC2027Tests {
    @Test(arguments: [
        "echo \"a\"⚠️$n\"b\"",
        "echo \"x=\"⚠️$(date)\" done\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2027", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"a${n}b\"",
        "echo \"a\"\"b\"",
        "echo \"$a\"$b",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2027", snippet, dialect: .bash)
    }
}
