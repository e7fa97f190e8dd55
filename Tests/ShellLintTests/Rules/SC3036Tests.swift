import Testing
@testable import ShellLint

/// `⚠️` marks where SC3036 must be reported; snippets without a marker must not report it.
@Suite struct SC3036Tests {
    @Test(arguments: [
        "echo ⚠️-e a\necho ⚠️-en b\necho ⚠️-E d",
        "/bin/echo ⚠️-ne f",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC3036", snippet, dialect: .dash)
    }

    @Test(arguments: ["echo -n c", "echo -x g", "printf '%s' -e"])
    func ignores(_ snippet: String) {
        expectMarked("SC3036", snippet, dialect: .dash)
    }

    @Test func onlyInDash() {
        expectMarked("SC3036", "echo -e a", dialect: .sh)
        expectMarked("SC3036", "echo -e a", dialect: .bash)
        expectMarked("SC3036", "echo ⚠️-e a", dialect: .ash)
    }
}
