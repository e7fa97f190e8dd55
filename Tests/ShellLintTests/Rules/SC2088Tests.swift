import Testing
@testable import ShellLint

/// `⚠️` marks where SC2088 must be reported; snippets without a marker must not report it.
@Suite struct SC2088Tests {
    @Test(arguments: [
        "x=\"⚠️~/foo\"\necho \"$x\"",
        "echo ⚠️'~/x' \"⚠️~/y\"",
        "[ -f \"⚠️~/.x\" ]",
        "case $x in \"⚠️~/\"*) ;; esac\ncat < \"⚠️~/b\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2088", snippet, dialect: .bash)
    }

    @Test(arguments: ["echo ~/x", "echo \"~\" a\"~/z\" \"$HOME\"\"~/\" $'~/w'", "cd \"~root/x\" || exit"])
    func ignores(_ snippet: String) {
        expectMarked("SC2088", snippet, dialect: .bash)
    }
}
