import Testing
@testable import SupervisorLint

/// PL2016: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2016Tests {
    @Test(arguments: [
        "[program:web]\nautostart=1️⃣enabled",
        "[program:web]\nredirect_stderr=1️⃣y",
        "[supervisord]\nnodaemon=1️⃣truee",
        "[program:web]\nstopasgroup=1️⃣\nkillasgroup=2️⃣2",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2016", snippet)
    }

    @Test(arguments: [
        "[program:web]\nautostart=true\nredirect_stderr=false",
        "[program:web]\nautostart=Yes\nstopasgroup=on\nkillasgroup=1\nstdout_syslog=off\nstderr_syslog=0\nstdout_events_enabled=no",
        "[supervisord]\nnodaemon=TRUE\nsilent=false\nnocleanup=true\nstrip_ansi=false",
        "[program:web]\nautostart=%(ENV_AUTOSTART)s",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2016", snippet)
    }
}
