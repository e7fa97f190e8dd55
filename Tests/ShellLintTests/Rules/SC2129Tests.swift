import Testing
@testable import ShellLint

/// `⚠️` marks where SC2129 must be reported; snippets without a marker must not report it.
@Suite struct SC2129Tests {
    @Test(arguments: [
        "⚠️echo a >> log\necho b >> log\necho c >> log",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2129", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo a >> log\necho b >> log",
        "echo a >> log\necho b >> other\necho c >> log",
        "{ echo a; echo b; echo c; } >> log",
        "case $1 in\n  a)\n    echo a >> log\n    echo b >> log\n    echo c >> log\n    ;;\nesac",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2129", snippet, dialect: .bash)
    }
}
