import Testing
@testable import SupervisorLint

/// PL2015: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2015Tests {
    @Test(arguments: [
        "[program:web]\nstdout_logfile_maxbytes=1️⃣50M",
        "[program:web]\nstderr_logfile_maxbytes=1️⃣none",
        "[supervisord]\nlogfile_maxbytes=1️⃣1.5MB",
        "[program:web]\nstdout_capture_maxbytes=1️⃣MB",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2015", snippet)
    }

    @Test(arguments: [
        "[program:web]\nstdout_logfile_maxbytes=0",
        "[program:web]\nstdout_logfile_maxbytes=50MB\nstderr_logfile_maxbytes=1kb",
        "[supervisord]\nlogfile_maxbytes=1GB",
        "[program:web]\nstdout_logfile_maxbytes=1024",
        "[program:web]\nstdout_logfile_maxbytes=%(ENV_MAX)s",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2015", snippet)
    }
}
