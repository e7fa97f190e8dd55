import Testing
@testable import ShellLint

/// `⚠️` marks where SC2028 must be reported; snippets without a marker must not report it.
@Suite struct SC2028Tests {
    @Test(arguments: [
        "echo ⚠️\"a\\nb\"",
        "echo ⚠️'tab\\there'",
        "echo ⚠️a\\\\nb",
        "echo -n ⚠️' \\\\\\n'",
        "echo ⚠️\"s/^($l) .*$/\\1 $r/\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2028", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"a b\"",
        "printf 'a\\nb\\n'",
        "echo -e \"a\\nb\"",
        "echo a\\nb",
        "echo $'tab\\there'",
        "echo -en \"a\\nb\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2028", snippet, dialect: .bash)
    }
}
