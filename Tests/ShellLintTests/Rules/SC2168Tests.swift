import Testing
@testable import ShellLint

/// `⚠️` marks where SC2168 must be reported; snippets without a marker must not report it.
@Suite struct SC2168Tests {
    @Test(arguments: [
        "⚠️local x=1",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2168", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "f() { local x=1; echo \"$x\"; }",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2168", snippet, dialect: .bash)
    }
}
