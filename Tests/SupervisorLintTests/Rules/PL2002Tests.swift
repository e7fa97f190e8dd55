import Testing
@testable import SupervisorLint

/// PL2002: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2002Tests {
    @Test(arguments: [
        "[program:web]\n1️⃣comand=/bin/web",
        "[supervisord]\n1️⃣nodeamon=true",
        "[supervisord]\n1️⃣command=/bin/x",
        "[program:web]\n1️⃣events=PROCESS_STATE",
        "[eventlistener:ev]\n1️⃣stdout_capture_maxbytes=1MB",
        "[group:g]\n1️⃣program=a",
        "[inet_http_server]\nport=127.0.0.1:9001\n1️⃣file=/x",
        "[program:web]\n  1️⃣Stdout_Logfle = /dev/stdout",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2002", snippet)
    }

    @Test(arguments: [
        "[program:web]\ncommand=/bin/web\nSTDOUT_LOGFILE=/dev/stdout\nstdout_logfile_maxbytes=0",
        "[eventlistener:ev]\ncommand=/bin/ev\nevents=PROCESS_STATE\nbuffer_size=10\nresult_handler=a:b",
        "[fcgi-program:f]\ncommand=/bin/f\nsocket=unix:///tmp/f.sock\nsocket_backlog=5",
        "[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = x:y\nanything=1",
        "[progam:web]\nwhatever=1",
        "[supervisord]\nnodaemon=true\nsilent=true\nuser=app\nidentifier=x",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2002", snippet)
    }

    @Test func suggestsTheNearestKey() {
        let message = findings("PL2002", in: "[program:web]\nstopwaitsec=10").first?.message ?? ""
        #expect(message.contains("did you mean 'stopwaitsecs'"), "\(message)")
    }
}
