import Testing
@testable import SupervisorLint

/// PL2003: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2003Tests {
    @Test(arguments: [
        "[program:web]\ncommand=/bin/date +1️⃣%s",
        "[program:web]\ncommand=/bin/web 1️⃣%(ENV_X",
        "[program:web]\ncommand=/bin/web 1️⃣%(ENV_X) --flag",
        "[program:web]\ndirectory=1️⃣%(home)s/app",
        "[program:web]\ndirectory=1️⃣%()s",
        "[program:web]\ncommand=/bin/web\n  --a 1️⃣%(nope)s\n  --b 2️⃣%",
        "[supervisord]\nlogfile=/var/log/100 1️⃣%",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2003", snippet)
    }

    @Test(arguments: [
        "[program:web]\ncommand=%(ENV_HOME)s/bin/web --port %(ENV_PORT)s",
        "[program:web]\nprocess_name=%(program_name)s_%(process_num)02d",
        "[program:web]\ndirectory=%(here)s\nenvironment=HOST=\"%(host_node_name)s\",G=\"%(group_name)s\"",
        "[program:web]\ncommand=/bin/date +%%s",
        "[program:web]\ncommand=/bin/web ; 100% sure",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2003", snippet)
    }
}
