import Testing
@testable import SupervisorLint

/// PL2011: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2011Tests {
    @Test(arguments: [
        "[program:web]\ncommand=/bin/a\n[1️⃣program:web]\ncommand=/bin/b",
        "[program:web]\ncommand=/bin/a\n[1️⃣eventlistener:web]\ncommand=/bin/b",
        "[program:web]\ncommand=/bin/a\n[1️⃣group:web]\nprograms=other\n[program:other]\ncommand=/bin/o",
        "[program:a]\n[group:g1]\nprograms=a\n[group:g2]\nprograms=1️⃣a",
        "[program:a]\n[group:g]\nprograms=1️⃣a,a",
        "[supervisord]\n[1️⃣supervisord]",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2011", snippet)
    }

    @Test(arguments: [
        "[program:a]\ncommand=/bin/a\n[program:b]\ncommand=/bin/b",
        "[program:web]\ncommand=/bin/web\n[group:web]\nprograms=web",
        "[program:a]\n[program:b]\n[group:g]\nprograms=a, b",
        "[program:web]\n[rpcinterface:web]\nsupervisor.rpcinterface_factory=x:y",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2011", snippet)
    }
}
