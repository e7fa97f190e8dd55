import Testing
@testable import SupervisorLint

/// PL2017: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2017Tests {
    @Test(arguments: [
        "[program:web]\nstopsignal=1️⃣TERMINATE",
        "[program:web]\nstopsignal=1️⃣SIGFOO",
        "[program:web]\nstopsignal=1️⃣99",
        "[eventlistener:ev]\nstopsignal=1️⃣",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2017", snippet)
    }

    @Test(arguments: [
        "[program:web]\nstopsignal=TERM",
        "[program:web]\nstopsignal=quit",
        "[program:web]\nstopsignal=SIGINT",
        "[program:web]\nstopsignal=15",
        "[program:web]\nstopsignal=USR1",
        "[program:web]\nstopsignal=%(ENV_SIGNAL)s",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2017", snippet)
    }
}
