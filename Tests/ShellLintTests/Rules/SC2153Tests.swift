import Testing
@testable import ShellLint

/// `⚠️` marks where SC2153 must be reported; snippets without a marker must not report it.
@Suite struct SC2153Tests {
    @Test(arguments: [
        "MY_VAR=1\necho \"$MY_VAR ⚠️$MYVAR\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2153", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "MY_VAR=1\necho \"$MY_VAR\"",
        "echo \"$HOME $PATH\"",
        "ABC=1\necho \"$ABC $XYZ\"",
        "arch=1\necho \"$arch\" \"$ARCHS\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2153", snippet, dialect: .bash)
    }
}
