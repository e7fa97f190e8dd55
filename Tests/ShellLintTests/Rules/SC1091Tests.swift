import Testing
@testable import ShellLint

/// `⚠️` marks where SC1091 must be reported; snippets without a marker must not report it.
@Suite struct SC1091Tests {
    @Test(arguments: [
        ". ⚠️./lib.sh",
        "source ⚠️/etc/os-release",
        ". ⚠️\"$(dirname \"$0\")/lib.sh\"",
        "# shellcheck source=lib.sh\nsource ⚠️\"$x\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC1091", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "source /dev/null",
        "# shellcheck source=/dev/null\n. ./x.sh",
        ". \"$x\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC1091", snippet, dialect: .bash)
    }
}
