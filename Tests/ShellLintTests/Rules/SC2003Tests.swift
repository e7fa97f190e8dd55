import Testing
@testable import ShellLint

/// `⚠️` marks where SC2003 must be reported; snippets without a marker must not report it.
@Suite struct SC2003Tests {
    @Test(arguments: [
        "⚠️expr 1 + 2",
        "n=$(⚠️expr \"$n\" + 1)",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2003", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo $((1 + 2))",
        "expr \"$s\" : 'x'",
        "expr length \"$s\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2003", snippet, dialect: .bash)
    }
}
