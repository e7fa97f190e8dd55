import Testing
@testable import ShellLint

/// `⚠️` marks where SC2320 must be reported; snippets without a marker must not report it.
@Suite struct SC2320Tests {
    @Test(arguments: [
        "echo hi\necho ⚠️$?",
        "echo a\nif [ ⚠️$? -eq 0 ]; then :; fi",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2320", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "mycmd\necho $?",
        "mycmd\nrc=$?",
        "echo hi\ncmd || ret=$?",
        "echo a\nif cmd; then :; else ret=$?; fi",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2320", snippet, dialect: .bash)
    }
}
