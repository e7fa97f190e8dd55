import Testing
@testable import ShellLint

/// `⚠️` marks where SC2153 must be reported; snippets without a marker must not report it.
@Suite struct SC2153Tests {
    @Test(arguments: [
        "MY_VAR=1\necho \"$MY_VAR ⚠️$MYVAR\"",
        "My_Var=1\necho \"$My_Var\" \"⚠️$MY_VAR\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2153", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "MY_VAR=1\necho \"$MY_VAR\"",
        "echo \"$HOME $PATH\"",
        "ABC=1\necho \"$ABC $XYZ\"",
        "arch=1\necho \"$arch\" \"$ARCHS\"",
        "path=1 pwd=2 mariadbVersion=3\necho \"$path $PATH $pwd $PWD $mariadbVersion ${MARIADB_VERSION}\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2153", snippet, dialect: .bash)
    }
}
