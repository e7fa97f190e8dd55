import Testing
@testable import ShellLint

/// `⚠️` marks where SC2319 must be reported; snippets without a marker must not report it.
@Suite struct SC2319Tests {
    @Test(arguments: [
        "mycmd\n[ $? -gt 0 ] && exit ⚠️$?",
        "mycmd\nif [ $? -ne 0 ] && [ ⚠️$? -ne 14 ]; then echo f; fi",
        "cmd\nif [ $? -eq 0 ]; then\n  echo a\nelif [ ⚠️$? -eq 1 ]; then\n  echo b\nfi",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2319", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "mycmd || exit $?",
        "[ -d dir ]; echo $?",
        "mycmd\nret=$?\n[ $ret -gt 0 ] && exit $ret",
        "if grep x f; then :; elif [ $? -eq 2 ]; then :; fi",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2319", snippet, dialect: .bash)
    }
}
