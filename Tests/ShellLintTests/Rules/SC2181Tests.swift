import Testing
@testable import ShellLint

/// `⚠️` marks where SC2181 must be reported; snippets without a marker must not report it.
@Suite struct SC2181Tests {
    @Test(arguments: [
        "mycmd\nif [ ⚠️$? -eq 0 ]; then :; fi",
        "mycmd\n[ ⚠️$? -ne 0 ] && exit 1",
        "mycmd\nif (( ⚠️$? )); then :; fi",
        "mycmd\nif [[ ⚠️$? != 0 ]]; then :; fi",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2181", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "if mycmd; then :; fi",
        "rc=$?\n[ \"$rc\" -eq 0 ]",
        "echo $?",
        "foo\ntest $? = 0 && x",
        "foo\n[ $? = 255 ] || exit",
        "foo\n[ $? -ne 1 ] && x",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2181", snippet, dialect: .bash)
    }
}
