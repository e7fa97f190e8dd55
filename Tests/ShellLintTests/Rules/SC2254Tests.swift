import Testing
@testable import ShellLint

/// `⚠️` marks where SC2254 must be reported; snippets without a marker must not report it.
@Suite struct SC2254Tests {
    @Test(arguments: [
        "case $1 in\n  ⚠️$p) ;;\nesac",
        "case $x in ⚠️$(f)) ;; esac",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2254", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "case $1 in\n  \"$q\") ;;\nesac",
        "case $1 in\n  ${r}*) ;;\nesac",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2254", snippet, dialect: .bash)
    }
}
