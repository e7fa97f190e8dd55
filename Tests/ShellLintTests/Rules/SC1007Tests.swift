import Testing
@testable import ShellLint

/// `⚠️` marks where SC1007 must be reported; snippets without a marker must not report it.
@Suite struct SC1007Tests {
    @Test(arguments: [
        "x=⚠️ cmd arg",
        "PGHOST=⚠️ PGHOSTADDR=⚠️ \"${runner[@]}\" \"$@\"",
        "y=⚠️ \"$z\"",
        "w=⚠️ \\\n  cmd",
        "a=⚠️ b=c cmd",
        "LC_ALL=⚠️ cmd",
        "f() {\n local a=⚠️ b=\n export d=⚠️ e\n}",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC1007", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "v=\necho \"$v\"",
        "u= ;",
        "x='' cmd",
        "x=\"\" cmd",
        "f() { local x= ; }",
        "IFS= read -r line",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC1007", snippet, dialect: .bash)
    }
}
