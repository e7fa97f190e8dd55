import Testing
@testable import ShellLint

/// `⚠️` marks where SC2294 must be reported; snippets without a marker must not report it.
@Suite struct SC2294Tests {
    @Test(arguments: [
        "eval \"⚠️${arr[@]}\"",
        "eval \"⚠️$@\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2294", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "eval \"$cmd\"",
        "\"$@\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2294", snippet, dialect: .bash)
    }
}
