import Testing
@testable import ShellLint

/// `⚠️` marks where SC2064 must be reported; snippets without a marker must not report it.
@Suite struct SC2064Tests {
    @Test(arguments: [
        "trap \"rm ⚠️$tmp\" EXIT",
        "trap \"echo ⚠️$(date)\" INT",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2064", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "trap 'rm \"$tmp\"' EXIT",
        "trap \"echo done\" EXIT",
        "trap - EXIT",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2064", snippet, dialect: .bash)
    }
}
