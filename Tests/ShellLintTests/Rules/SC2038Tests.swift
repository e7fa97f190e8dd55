import Testing
@testable import ShellLint

/// `⚠️` marks where SC2038 must be reported; snippets without a marker must not report it.
@Suite struct SC2038Tests {
    @Test(arguments: [
        "⚠️find . -name '*.txt' | xargs rm",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2038", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "find . -print0 | xargs -0 rm",
        "find . -exec rm {} +",
        "ls | xargs echo",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2038", snippet, dialect: .bash)
    }
}
