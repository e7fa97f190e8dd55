import Testing
@testable import ShellLint

/// `⚠️` marks where SC3037 must be reported; snippets without a marker must not report it.
@Suite struct SC3037Tests {
    @Test(arguments: [
        "echo ⚠️-n hi",
        "echo ⚠️-e 'a\\n'",
        "/bin/echo ⚠️-e 'a\\tb'\n/usr/bin/echo ⚠️-n b",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3037", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo hi",
        "printf '%s' hi",
        "echo - x",
        "command echo -n c\nbuiltin echo -e d",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3037", snippet, dialect: .sh)
    }
}
