import Testing
@testable import ShellLint

/// `⚠️` marks where SC2269 must be reported; snippets without a marker must not report it.
@Suite struct SC2269Tests {
    @Test(arguments: ["⚠️x=$x", "⚠️y=\"$y\"\n⚠️z=${z}", "if true; then ⚠️w=\"${w}\"; fi"])
    func catches(_ snippet: String) {
        expectMarked("SC2269", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "export u=$u", "a=$a b=1 cmd", "c=${c:-1}", "d=\"$d\"x", "e=$f", "g=${g[0]}", "h+=$h",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2269", snippet, dialect: .bash)
    }
}
