import Testing
@testable import SupervisorLint

/// PL2010: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2010Tests {
    @Test(arguments: [
        "[program:a]\nstdout_logfile=/var/log/app.log\n[program:b]\nstdout_logfile=1️⃣/var/log/app.log",
        "[program:a]\nstdout_logfile=/var/log/app.log\n[program:b]\nstderr_logfile=1️⃣/var/log/app.log",
        "[supervisord]\nlogfile=/var/log/s.log\n[program:b]\nstdout_logfile=1️⃣/var/log/s.log",
        "[program:a]\nstdout_logfile=/l\n[program:b]\nstdout_logfile=1️⃣/l\n[program:c]\nstdout_logfile=2️⃣/l",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2010", snippet)
    }

    @Test(arguments: [
        "[program:a]\nstdout_logfile=/dev/stdout\n[program:b]\nstdout_logfile=/dev/stdout",
        "[program:a]\nstdout_logfile=/var/log/a.log\n[program:b]\nstdout_logfile=/var/log/b.log",
        "[program:a]\nstdout_logfile=/var/log/a.log\nstderr_logfile=/var/log/a.log",
        "[program:a]\nstdout_logfile=AUTO\n[program:b]\nstdout_logfile=auto",
        "[program:a]\nstdout_logfile=/var/log/%(program_name)s.log\n[program:b]\nstdout_logfile=/var/log/%(program_name)s.log",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2010", snippet)
    }
}
