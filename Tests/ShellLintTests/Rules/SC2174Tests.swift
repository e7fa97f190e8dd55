import Testing
@testable import ShellLint

/// `⚠️` marks where SC2174 must be reported; snippets without a marker must not report it.
@Suite struct SC2174Tests {
    @Test(arguments: [
        "mkdir -p ⚠️-m 700 /tmp/a/b",
        "mkdir ⚠️-pm 700 x/y",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2174", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "mkdir -m 700 /tmp/a",
        "mkdir -p /tmp/a/b",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2174", snippet, dialect: .bash)
    }
}
