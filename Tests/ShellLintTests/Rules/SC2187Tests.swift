import Testing
@testable import ShellLint

/// `⚠️` marks where SC2187 must be reported; snippets without a marker must not report it.
@Suite struct SC2187Tests {
    @Test(arguments: [
        "⚠️#!/bin/ash\necho hi",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2187", snippet, dialect: nil)
    }

    @Test(arguments: [
        "#!/bin/sh\necho hi",
        "#!/bin/ash\n# shellcheck shell=dash\necho hi",
        "#!/bin/busybox sh\necho hi",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2187", snippet, dialect: nil)
    }
}
