import Testing
@testable import ShellLint

/// `⚠️` marks where SC2164 must be reported; snippets without a marker must not report it.
@Suite struct SC2164Tests {
    @Test(arguments: [
        "⚠️cd /tmp",
        "⚠️pushd dir\n⚠️popd",
        "f() {\n  ⚠️cd \"$1\"\n}",
        "( ⚠️cd sub; make )",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2164", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "cd /tmp || exit",
        "cd /tmp && make",
        "if cd /tmp; then :; fi",
        "set -e\ncd /tmp",
        "cd /tmp || return 1",
        "cd ..",
        "cd /",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2164", snippet, dialect: .bash)
    }
}
