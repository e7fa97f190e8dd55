import Testing
@testable import SupervisorLint

/// PL2013: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2013Tests {
    @Test(arguments: [
        "[program:web]\nautorestart=1️⃣always",
        "[program:web]\nautorestart = 1️⃣on-failure ; systemd habit",
        "[eventlistener:ev]\nautorestart=1️⃣",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2013", snippet)
    }

    @Test(arguments: [
        "[program:web]\nautorestart=true",
        "[program:web]\nautorestart=false",
        "[program:web]\nautorestart=unexpected",
        "[program:web]\nautorestart=Unexpected",
        "[program:web]\nautorestart=yes",
        "[program:web]\nautorestart=%(ENV_RESTART)s",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2013", snippet)
    }
}
