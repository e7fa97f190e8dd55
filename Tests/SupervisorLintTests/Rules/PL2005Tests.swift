import Testing
@testable import SupervisorLint

/// PL2005: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2005Tests {
    @Test(arguments: [
        "[1️⃣program:web]\nuser=app",
        "[1️⃣eventlistener:ev]\nevents=TICK_60",
        "[1️⃣fcgi-program:f]\nsocket=tcp://localhost:9000",
        "[program:web]\n1️⃣command=",
        "[program:web]\n1️⃣command= ; nothing yet",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2005", snippet)
    }

    @Test(arguments: [
        "[program:web]\ncommand=/bin/web",
        "[program:web]\ncommand=\n  /bin/web --long",
        "[program:web]\nuser=app\n[program:web]\ncommand=/bin/web",
        "[group:web]\nprograms=a",
        "[supervisord]\nnodaemon=true",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2005", snippet)
    }
}
