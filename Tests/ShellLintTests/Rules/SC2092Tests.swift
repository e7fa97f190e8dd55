import Testing
@testable import ShellLint

/// `⚠️` marks where SC2092 must be reported; snippets without a marker must not report it.
@Suite struct SC2092Tests {
    @Test(arguments: ["⚠️`cmd`", "if ⚠️`grep -q x f`; then :; fi"])
    func catches(_ snippet: String) {
        expectMarked("SC2092", snippet, dialect: .bash)
    }

    @Test(arguments: ["`cmd` arg", "$(cmd)", "x=`cmd`", "ls \\\n  `# note` \\\n  -l"])
    func ignores(_ snippet: String) {
        expectMarked("SC2092", snippet, dialect: .bash)
    }
}
