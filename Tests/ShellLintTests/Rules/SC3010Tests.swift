import Testing
@testable import ShellLint

/// `⚠️` marks where SC3010 must be reported; snippets without a marker must not report it.
@Suite struct SC3010Tests {
    @Test(arguments: [
        "⚠️[[ -f x ]] && echo y",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3010", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "[ -f x ] && echo y",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3010", snippet, dialect: .sh)
    }
}
