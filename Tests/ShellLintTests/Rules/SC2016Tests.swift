import Testing
@testable import ShellLint

/// `⚠️` marks where SC2016 must be reported; snippets without a marker must not report it.
@Suite struct SC2016Tests {
    @Test(arguments: [
        "echo ⚠️'$HOME'",
        "x=⚠️'${var}'",
        "echo ⚠️'$(date)'",
        "sed ⚠️'s/$HOME/x/'",
        "find . -name x -exec echo ⚠️'$1' {} +",
        "echo -n '  '\"$p\"⚠️'=${V}-'\"$r\"⚠️'${R} x'",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2016", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "echo '$'",
        "awk '{print $1}'",
        "PS1='$PWD> '",
        "sh -c 'echo $1'",
        "trap 'rm \"$tmp\"' EXIT",
        "echo \"$HOME\"",
        "jq '.a | $x'",
        "sed -e '$a\\\\' file",
        "sed '$d' file",
        "find . -name '*.txt' -exec awk '{ print $1 }' {} +\nfind . -exec sh -c 'echo \"$1\"' _ {} \\;",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2016", snippet, dialect: .bash)
    }
}
