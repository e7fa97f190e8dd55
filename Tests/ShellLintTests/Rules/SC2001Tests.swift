import Testing
@testable import ShellLint

/// `⚠️` marks where SC2001 must be reported; snippets without a marker must not report it.
@Suite struct SC2001Tests {
    @Test(arguments: [
        "x=$(⚠️echo \"$a\" | sed \"s/a/b/\")",
        "y=$(⚠️echo $a | sed -e s/a/b/g)",
        "z=$(⚠️sed s/a/b/ <<< \"$a\")",
        "⚠️echo \"$a\" | sed 's|a|b|2'",
        "x=$(⚠️echo \"${a[@]}\" | sed \"s/a/b/gi\")",
        "for i in $(⚠️echo $LIST | sed \"s/$SEP/ /g\"); do :; done",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2001", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "w=$(echo \"$a\" | sed -n s/a/b/p)",
        "v=$(echo \"$a\" | sed \"s/a/b/;s/c/d/\")",
        "t=$(echo \"$a\" \"$b\" | sed s/a/b/)",
        "s=$(echo \"a$a\" | sed s/a/b/)",
        "p=$(echo \"$a\" | sed \"s/a/b/\" | tr a b)",
        "o=$(echo \"$a\" | sed \"y/a/b/\")",
        "x=$(echo \"$a\" | sed -r \"s/a/b/\")",
        "x=$(echo -n \"$a\" | sed \"s/a/b/\")",
        "x=$(echo \"$a\" | sed \"s/a\\\\/c/b/\")",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2001", snippet, dialect: .bash)
    }

    @Test func notInPlainSh() {
        expectMarked("SC2001", "x=$(echo \"$1\" | sed 's/a//')", dialect: .sh)
    }
}
