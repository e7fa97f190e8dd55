import Testing
@testable import SupervisorLint

/// PL2006: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2006Tests {
    @Test(arguments: [
        "[program:web]\ncommand=1️⃣nginx -g 'daemon off;'",
        "[program:web]\ncommand = \"1️⃣bin/web\" --x",
        "[program:web]\ncommand=1️⃣./web",
        "[eventlistener:ev]\ncommand=1️⃣listener.py",
        "[program:web]\ncommand=1️⃣bin/%(ENV_X)s",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2006", snippet)
    }

    @Test(arguments: [
        "[program:web]\ncommand=/usr/sbin/nginx -g 'daemon off;'",
        "[program:web]\ncommand=%(ENV_HOME)s/bin/web",
        "[program:web]\ncommand=%(here)s/web",
        "[program:web]\ncommand=\"/opt/my app/web\"",
        "[program:web]\ncommand=\n  /bin/web",
        "[program:web]\nuser=app",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2006", snippet)
    }
}
