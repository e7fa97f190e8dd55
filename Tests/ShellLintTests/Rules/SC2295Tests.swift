import Testing
@testable import ShellLint

/// `⚠️` marks where SC2295 must be reported; snippets without a marker must not report it.
@Suite struct SC2295Tests {
    @Test(arguments: [
        "echo \"${p#⚠️$x}\" \"${p##⚠️$x/}\" \"${p%%*⚠️$x}\"",
        "echo ${p#⚠️${x}} \"${p#⚠️$(pwd)}\" \"${p#⚠️$1}\"",
        "echo \"${p#\"$x\"⚠️$y}\" \"${p#⚠️$x⚠️$y}\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2295", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo \"${p%\"$x\"}\" \"${p#*\"$x\"}\"",
        "echo \"${p/$x/$y}\" \"${p//a/$y}\" \"${p/#$x}\"",
        "echo \"${p:-$x}\" \"${p#$((1))}\" \"${p#\\$x}\" \"${p,,$x}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2295", snippet, dialect: .bash)
    }
}
