import Testing
@testable import SupervisorLint

/// A container-ready config reports nothing; a typical host config reports what a container needs.
@Suite struct CleanConfigTests {
    static let clean = """
    ; supervisord as the container's PID 1
    [supervisord]
    nodaemon=true
    user=root          ; needed to switch to oneadmin
    logfile=/dev/null
    logfile_maxbytes=0
    pidfile=/run/supervisord.pid

    [unix_http_server]
    file=/run/supervisor.sock

    [rpcinterface:supervisor]
    supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

    [supervisorctl]
    serverurl=unix:///run/supervisor.sock

    [program:oned]
    command=/usr/bin/oned -f
    user=oneadmin
    priority=100
    autorestart=true
    startsecs=5
    stopsignal=TERM
    stopwaitsecs=60
    stdout_logfile=/dev/stdout
    stdout_logfile_maxbytes=0
    redirect_stderr=true

    [program:onegate]
    command=%(ENV_ONE_LOCATION)s/bin/onegate-server
        --listen 0.0.0.0
    user=oneadmin
    priority=200
    autorestart=unexpected
    environment=HOME="/var/lib/one"
    stdout_logfile=/dev/fd/1
    stdout_logfile_maxbytes=0
    stderr_logfile=/dev/fd/2
    stderr_logfile_maxbytes=0
    """

    @Test func containerReadyConfigIsClean() {
        let findings = SupervisorLinter.lint(source: Self.clean, file: "supervisord.conf")
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func hostConfigNeedsWork() {
        let source = "[supervisord]\nlogfile=/var/log/supervisord.log\n\n[program:web]\ncommand=nginx\nautorestart=always\n"
        let codes = SupervisorLinter.lint(source: source, file: "supervisord.conf").map(\.code)
        #expect(codes == ["PL2004", "PL2007", "PL2008", "PL2012", "PL2006", "PL2013"])
    }
}
