import Testing
@testable import ShellLint

/// `⚠️` marks where SC3016 must be reported; snippets without a marker must not report it.
@Suite struct SC3016Tests {
    @Test(arguments: [
        "[ ⚠️-v a ]",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3016", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "[ -n \"${a+x}\" ]",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3016", snippet, dialect: .sh)
    }
}
