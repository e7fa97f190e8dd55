import Testing
@testable import ShellLint

/// `⚠️` marks where SC2059 must be reported; snippets without a marker must not report it.
@Suite struct SC2059Tests {
    @Test(arguments: [
        "printf ⚠️\"$fmt\" x",
        "printf -v out ⚠️\"Hello $name\\n\"",
        "printf -- ⚠️\"$fmt\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2059", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "printf '%s\\n' \"$x\"",
        "printf \"%s $x\\n\" a",
        "printf \"hello\\n\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2059", snippet, dialect: .bash)
    }
}
