import Testing
@testable import SupervisorLint

/// PL2009: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2009Tests {
    @Test(arguments: [
        "[program:web]\nstdout_logfile=1️⃣/dev/stdout",
        "[program:web]\nstdout_logfile=/dev/stdout\nstdout_logfile_maxbytes=1️⃣50MB",
        "[program:web]\nstderr_logfile=1️⃣/dev/stderr",
        "[program:web]\nstdout_logfile=1️⃣/dev/fd/1\nstderr_logfile=2️⃣/dev/fd/2",
        "[supervisord]\nlogfile=1️⃣/dev/stdout",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2009", snippet)
    }

    @Test(arguments: [
        "[program:web]\nstdout_logfile=/dev/stdout\nstdout_logfile_maxbytes=0",
        "[program:web]\nstdout_logfile=/dev/stdout\nstdout_logfile_maxbytes = 0KB",
        "[program:web]\nstdout_logfile=/dev/stdout\nstdout_logfile_maxbytes=0\nredirect_stderr=true\nstderr_logfile=/dev/stderr",
        "[program:web]\nstdout_logfile=/var/log/web.log",
        "[supervisord]\nlogfile=/dev/null\n",
        "[supervisord]\nlogfile=/dev/stdout\nlogfile_maxbytes=0",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2009", snippet)
    }
}
