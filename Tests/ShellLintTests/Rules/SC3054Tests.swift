import Testing
@testable import ShellLint

/// `⚠️` marks where SC3054 must be reported; snippets without a marker must not report it.
@Suite struct SC3054Tests {
    @Test(arguments: [
        "echo \"⚠️${arr[0]}\" \"⚠️${arr[@]}\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3054", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "echo \"${x}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3054", snippet, dialect: .sh)
    }
}
