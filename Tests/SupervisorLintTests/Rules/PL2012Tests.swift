import Testing
@testable import SupervisorLint

/// PL2012: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2012Tests {
    @Test(arguments: [
        "[supervisord]\nnodaemon=true\n[1️⃣program:web]\ncommand=/bin/web",
        "[supervisord]\nuser=root\n[1️⃣program:web]\ncommand=/bin/web",
        "[supervisord]\nuser=0\n[1️⃣program:web]\ncommand=/bin/web\n[program:db]\nuser=db",
        "[1️⃣program:web]\ncommand=/bin/web",
        "[1️⃣eventlistener:ev]\ncommand=/bin/ev",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2012", snippet)
    }

    @Test(arguments: [
        "[supervisord]\nnodaemon=true\n[program:web]\ncommand=/bin/web\nuser=www-data",
        "[supervisord]\nuser=app\n[program:web]\ncommand=/bin/web",
        "[program:web]\ncommand=/bin/web\nuser=root",
        "[supervisord]\nnodaemon=true",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2012", snippet)
    }
}
