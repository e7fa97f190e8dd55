import Testing
@testable import ShellLint

/// `⚠️` marks where SC2148 must be reported; snippets without a marker must not report it.
@Suite struct SC2148Tests {
    @Test(arguments: [
        "⚠️echo hi",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2148", snippet, dialect: nil)
    }

    @Test(arguments: [
        "#!/bin/sh\necho hi",
        "# shellcheck shell=bash\necho hi",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2148", snippet, dialect: nil)
    }
}
