import Testing
@testable import ShellLint

/// `⚠️` marks where SC3028 must be reported; snippets without a marker must not report it.
@Suite struct SC3028Tests {
    @Test(arguments: [
        "echo \"⚠️$RANDOM ⚠️$HOSTNAME\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3028", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo \"$HOME $PWD\"",
        "echo \"$PPID\"",
        "[ -z \"${UID}\" ] && UID=\"$(id -u)\"\nif [ \"${UID}\" -ne 0 ]; then :; fi",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3028", snippet, dialect: .sh)
    }
}
