import Testing
@testable import ShellLint

/// `⚠️` marks where SC2031 must be reported; snippets without a marker must not report it.
@Suite struct SC2031Tests {
    @Test(arguments: [
        "( inner=1 )\necho \"⚠️$inner\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2031", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "inner=1\necho \"$inner\"",
        "x=$(echo 1)\necho \"$x\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2031", snippet, dialect: .bash)
    }
}
