import Testing
@testable import ShellLint

/// `⚠️` marks where SC2116 must be reported; snippets without a marker must not report it.
@Suite struct SC2116Tests {
    @Test(arguments: [
        "x=⚠️$(echo \"$HOME\")\necho \"$x\"",
        "cmd ⚠️`echo foo`",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2116", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "x=$(date)\necho \"$x\"",
        "echo \"$(echo -n x)\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2116", snippet, dialect: .bash)
    }
}
