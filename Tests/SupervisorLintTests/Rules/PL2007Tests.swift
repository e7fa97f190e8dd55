import Testing
@testable import SupervisorLint

/// PL2007: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2007Tests {
    @Test(arguments: [
        "[1️⃣program:web]\ncommand=/bin/web",
        "[program:web]\nstdout_logfile=1️⃣/var/log/web.log",
        "[program:web]\nstdout_logfile=1️⃣AUTO",
        "[program:web]\nstdout_logfile=1️⃣NONE",
        "[1️⃣fcgi-program:f]\ncommand=/bin/f",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2007", snippet)
    }

    @Test(arguments: [
        "[program:web]\nstdout_logfile=/dev/stdout",
        "[program:web]\nstdout_logfile=/dev/fd/1",
        "[program:web]\nstdout_logfile=/dev/stderr",
        "[program:web]\nstdout_logfile=/proc/1/fd/1",
        "[program:web]\nstdout_logfile=%(ENV_LOG)s",
        "[eventlistener:ev]\ncommand=/bin/ev",
        "[supervisord]\nnodaemon=true",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2007", snippet)
    }
}
