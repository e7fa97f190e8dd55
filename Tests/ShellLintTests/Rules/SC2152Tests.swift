import Testing
@testable import ShellLint

/// `⚠️` marks where SC2152 must be reported; snippets without a marker must not report it.
@Suite struct SC2152Tests {
    @Test(arguments: [
        "f() { return ⚠️300; }",
        "f() { return ⚠️-1; }",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2152", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "f() { return 1; }",
        "f() { return \"$rc\"; }",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2152", snippet, dialect: .bash)
    }
}
