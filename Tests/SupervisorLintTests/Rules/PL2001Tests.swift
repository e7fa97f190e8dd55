import Testing
@testable import SupervisorLint

/// PL2001: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2001Tests {
    @Test(arguments: [
        "[1️⃣progam:web]\ncommand=/bin/web",
        "[1️⃣program]\ncommand=/bin/web",
        "[1️⃣program:]\ncommand=/bin/web",
        "[1️⃣program:my web]\ncommand=/bin/web",
        "[1️⃣program:a/b]\ncommand=/bin/web",
        "[1️⃣supervisor]\nnodaemon=true",
        "[1️⃣ program:web]\ncommand=/bin/web",
        "[1️⃣supervisord:x]",
        "[1️⃣custom]\na=b",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2001", snippet)
    }

    @Test(arguments: [
        "[supervisord]\nnodaemon=true",
        "[supervisorctl]\n[unix_http_server]\n[inet_http_server]\n[include]\nfiles=/etc/supervisor/conf.d/*.conf",
        "[program:web]\n[group:all]\n[eventlistener:ev]\n[fcgi-program:f]",
        "[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface",
        "[ctlplugin:x]\nsupervisor.ctlplugin_factory = x:make",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2001", snippet)
    }

    @Test func suggestsTheKnownKind() {
        let message = findings("PL2001", in: "[progam:web]").first?.message ?? ""
        #expect(message.contains("did you mean 'program'"), "\(message)")
    }
}
