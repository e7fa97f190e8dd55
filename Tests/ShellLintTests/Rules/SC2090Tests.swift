import Testing
@testable import ShellLint

/// `⚠️` marks where SC2090 must be reported; snippets without a marker must not report it.
@Suite struct SC2090Tests {
    @Test(arguments: [
        "opts=\"--name 'a b'\"\ncmd ⚠️$opts",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2090", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "opts=\"--name 'a b'\"\ncmd \"$opts\"",
        "opts=(--name 'a b')\ncmd \"${opts[@]}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2090", snippet, dialect: .bash)
    }
}
