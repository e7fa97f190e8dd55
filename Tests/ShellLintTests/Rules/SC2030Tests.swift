import Testing
@testable import ShellLint

/// `⚠️` marks where SC2030 must be reported; snippets without a marker must not report it.
@Suite struct SC2030Tests {
    @Test(arguments: [
        "count=0\ncat f | while read -r l; do ⚠️count=$((count+1)); echo \"$l\"; done\necho \"$count\"",
        "( ⚠️inner=1 )\necho \"$inner\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2030", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "count=0\nwhile read -r l; do count=$((count+1)); done < f\necho \"$count\"",
        "( x=1; echo \"$x\" )",
        "( y=1 )\ny=2\necho \"$y\"",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2030", snippet, dialect: .bash)
    }
}
