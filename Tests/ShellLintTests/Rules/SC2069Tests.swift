import Testing
@testable import ShellLint

/// `⚠️` marks where SC2069 must be reported; snippets without a marker must not report it.
@Suite struct SC2069Tests {
    @Test(arguments: ["cmd ⚠️2>&1 > f", "cmd ⚠️2>&1 >> f", "cmd ⚠️2>&1 >/dev/null", "cmd ⚠️2>&1 1>f"])
    func catches(_ snippet: String) {
        expectMarked("SC2069", snippet, dialect: .bash)
    }

    @Test(arguments: ["cmd > f 2>&1", "cmd 2>&1 | tee f", "cmd 2>/dev/null > f", "cmd 1>&2 > f",
                       "if ! errors=\"$(cmd 2>&1 >/dev/null)\"; then :; fi"])
    func ignores(_ snippet: String) {
        expectMarked("SC2069", snippet, dialect: .bash)
    }
}
