import Testing
@testable import ShellLint

/// `⚠️` marks where SC2183 must be reported; snippets without a marker must not report it.
@Suite struct SC2183Tests {
    @Test(arguments: [
        "printf ⚠️'%s %s\\n' one",
        "printf ⚠️'%s\\n'",
        "printf ⚠️'%s %s\\n' a b c",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2183", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "printf '%s\\n' a b",
        "printf '%d%%\\n' 5",
        "printf '%s\\n' \"$@\"",
        "printf 'hi\\n'",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2183", snippet, dialect: .bash)
    }
}
