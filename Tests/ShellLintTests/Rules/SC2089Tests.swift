import Testing
@testable import ShellLint

/// `⚠️` marks where SC2089 must be reported; snippets without a marker must not report it.
@Suite struct SC2089Tests {
    @Test(arguments: [
        "opts=\"⚠️--name 'a b'\"\ncmd $opts",
        "args=⚠️\\\"x\\\"\ncmd $args",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2089", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "opts=\"--name 'a b'\"\ncmd \"$opts\"",
        "opts=\"--name\"\ncmd $opts",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2089", snippet, dialect: .bash)
    }
}
