import Testing
@testable import ShellLint

/// `⚠️` marks where SC2219 must be reported; snippets without a marker must not report it.
@Suite struct SC2219Tests {
    @Test(arguments: [
        "⚠️let x=1",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2219", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "(( x = 1 ))",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2219", snippet, dialect: .bash)
    }
}
