import Testing
@testable import SupervisorLint

/// PL2008: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2008Tests {
    @Test(arguments: [
        "[1️⃣program:web]\ncommand=/bin/web",
        "[program:web]\nstderr_logfile=1️⃣/var/log/web.err",
        "[program:web]\nredirect_stderr=false\nstderr_logfile=1️⃣/tmp/x",
        "[1️⃣eventlistener:ev]\ncommand=/bin/ev",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2008", snippet)
    }

    @Test(arguments: [
        "[program:web]\nstderr_logfile=/dev/stderr",
        "[program:web]\nstderr_logfile=/dev/fd/2",
        "[program:web]\nredirect_stderr=true",
        "[program:web]\nredirect_stderr=yes\nstderr_logfile=/var/log/ignored.log",
        "[supervisord]\nnodaemon=true",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2008", snippet)
    }
}
