import Testing
@testable import ShellLint

/// `⚠️` marks where SC2185 must be reported; snippets without a marker must not report it.
@Suite struct SC2185Tests {
    @Test(arguments: [
        "⚠️find -name x",
        "⚠️find -type f -delete\n⚠️find",
        "⚠️find -L -name x\n⚠️find -maxdepth 1",
        "x=$(⚠️find -- -name y)",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2185", snippet, dialect: .bash)
    }

    @Test(arguments: ["find . -name x", "find \"$d\" -name x", "find $(pwd) -x", "find -L /tmp -name y"])
    func ignores(_ snippet: String) {
        expectMarked("SC2185", snippet, dialect: .bash)
    }
}
