import Testing
@testable import ShellLint

/// `⚠️` marks where SC2178 must be reported; snippets without a marker must not report it.
@Suite struct SC2178Tests {
    @Test(arguments: [
        "list=(a b)\n⚠️list=\"$(date)\"",
        "declare -a d\n⚠️d=s",
        "f[1]=x\n⚠️f=y",
        "read -ra r\n⚠️r=x",
        "k=(a)\nexport ⚠️k=b",
        "l=(a)\n⚠️l=\"\"",
    ])
    func catches(_ snippet: String) {
        expectMarked("SC2178", snippet, dialect: .bash)
    }

    @Test(arguments: [
        "e=s\ne=(x)",
        "g=(x)\ng[0]=y",
        "a=(x)\na+=(y)",
        "s=1\ns=2",
    ])
    func ignores(_ snippet: String) {
        expectMarked("SC2178", snippet, dialect: .bash)
    }
}
