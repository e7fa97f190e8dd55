import Testing
@testable import ShellLint

/// `⚠️` marks where SC1090 must be reported; snippets without a marker must not report it.
@Suite struct SC1090Tests {
    @Test(arguments: [
        "source ⚠️\"$dir\"",
        ". ⚠️$HOME/$name",
        "echo a\n# shellcheck source=lib/x.bash\necho\nsource ⚠️\"$x\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC1090", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "source \"$dir/lib.sh\"",
        ". ./lib.sh",
        "# shellcheck source=/dev/null\n. \"$x\"",
        "# shellcheck source=lib.sh\nsource \"$x\"",
        "# shellcheck source=lib.sh\necho\nsource \"$x\"",
        "# shellcheck source=lib/x.bash\n# shellcheck disable=SC2153\nsource \"$ROOT/$DIR/x.bash\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC1090", snippet, dialect: .bash)
    }
}
