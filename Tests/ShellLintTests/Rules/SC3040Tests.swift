import Testing
@testable import ShellLint

/// `⚠️` marks where SC3040 must be reported; snippets without a marker must not report it.
@Suite struct SC3040Tests {
    @Test(arguments: [
        "set -o ⚠️pipefail",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3040", snippet, dialect: .sh)
    }

    @Test(arguments: [
        "set -o errexit",
        "set -eu",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC3040", snippet, dialect: .sh)
    }
}
