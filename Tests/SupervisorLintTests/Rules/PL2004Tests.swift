import Testing
@testable import SupervisorLint

/// PL2004: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2004Tests {
    @Test(arguments: [
        "[1️⃣supervisord]\nlogfile=/dev/null",
        "[supervisord]\nnodaemon=1️⃣false",
        "[supervisord]\nnodaemon = 1️⃣off",
        "[supervisord]\nnodaemon=true\n[supervisord]\nnodaemon=1️⃣false",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2004", snippet)
    }

    @Test(arguments: [
        "[supervisord]\nnodaemon=true",
        "[supervisord]\nnodaemon = yes ; stay in front",
        "[supervisord]\nNODAEMON=True",
        "[program:web]\ncommand=/bin/web",
        "[supervisord]\nnodaemon=%(ENV_NODAEMON)s",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2004", snippet)
    }
}
