import Testing
@testable import SupervisorLint

/// PL2014: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2014Tests {
    @Test(arguments: [
        "[program:web]\npriority=1️⃣high",
        "[program:web]\nstartsecs=1️⃣5s",
        "[program:web]\nstopwaitsecs=1️⃣1.5",
        "[program:web]\nstartretries=1️⃣\nnumprocs=2️⃣two",
        "[group:g]\npriority=1️⃣first",
        "[supervisord]\nminfds=1️⃣lots",
        "[program:web]\nexitcodes=1️⃣0,two",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2014", snippet)
    }

    @Test(arguments: [
        "[program:web]\npriority=-1\nstartsecs=10\nstopwaitsecs=+60\nstartretries=3\nnumprocs=2",
        "[program:web]\nstopwaitsecs = 30 ; oned needs time",
        "[program:web]\nexitcodes=0, 2",
        "[program:web]\npriority=%(ENV_PRIO)s",
        "[program:web]\nstdout_logfile_backups=0",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2014", snippet)
    }
}
