import Testing
@testable import ShellLint

/// `⚠️` marks where SC2029 must be reported; snippets without a marker must not report it.
@Suite struct SC2029Tests {
    @Test(arguments: [
        "ssh host \"echo ⚠️$HOME\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2029", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "ssh host 'echo $HOME'",
        "ssh \"$host\" uptime",
        "ssh -p 22 host \"echo \\$HOME\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2029", snippet, dialect: .bash)
    }
}
