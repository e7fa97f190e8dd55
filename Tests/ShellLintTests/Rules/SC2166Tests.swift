import Testing
@testable import ShellLint

/// `⚠️` marks where SC2166 must be reported; snippets without a marker must not report it.
@Suite struct SC2166Tests {
    @Test(arguments: [
        "[ -f a ⚠️-a -f b ]",
        "[ \"$a\" = b ⚠️-o \"$c\" = d ]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2166", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "[ -f a ] && [ -f b ]",
        "[ -a file ]",
        "test -f a -o -f b",
        "[[ -f a && -f b ]]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2166", snippet, dialect: .bash)
    }
}
