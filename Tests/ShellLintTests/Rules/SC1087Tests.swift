import Testing
@testable import ShellLint

/// `⚠️` marks where SC1087 must be reported; snippets without a marker must not report it.
@Suite struct SC1087Tests {
    @Test(arguments: [
        "a=(1)\necho \"⚠️$a[1]\" ⚠️$a[@]",
        "case $x in ⚠️$a[ab]) ;; esac",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC1087", snippet, dialect: .bash)
    }

    @Test(arguments: ["echo \"${a}[x]\" \"$1[x]\" \"$a\"\"[x]\" \"${a[1]}\""])
    func ignores(_ snippet: String) {
        expectMarked("SC1087", snippet, dialect: .bash)
    }
}
