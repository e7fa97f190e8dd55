/// The sections and keys supervisord 4.2 documents, and the value types of its keys.
enum SectionSchema {
    /// Sections written `[kind]`.
    static let plainKinds: Set<String> = ["supervisord", "supervisorctl", "unix_http_server", "inet_http_server", "include"]
    /// Sections written `[kind:name]`.
    static let namedKinds: Set<String> = ["program", "group", "eventlistener", "fcgi-program", "rpcinterface", "ctlplugin"]
    /// Sections that start processes.
    static let processKinds: Set<String> = ["program", "fcgi-program", "eventlistener"]

    static let programKeys: Set<String> = [
        "command", "process_name", "numprocs", "numprocs_start", "priority", "autostart", "startsecs", "startretries",
        "autorestart", "exitcodes", "stopsignal", "stopwaitsecs", "stopasgroup", "killasgroup", "user",
        "redirect_stderr", "stdout_logfile", "stdout_logfile_maxbytes", "stdout_logfile_backups",
        "stdout_capture_maxbytes", "stdout_events_enabled", "stdout_syslog", "stderr_logfile",
        "stderr_logfile_maxbytes", "stderr_logfile_backups", "stderr_capture_maxbytes", "stderr_events_enabled",
        "stderr_syslog", "environment", "directory", "umask", "serverurl",
    ]

    /// The keys a section of `kind` accepts; nil when any key is allowed (factory arguments).
    static func keys(for kind: String) -> Set<String>? {
        switch kind {
        case "program": programKeys
        case "fcgi-program": programKeys.union(["socket", "socket_backlog", "socket_owner", "socket_mode"])
        // An event listener's stdout is the event protocol, so it cannot capture it.
        case "eventlistener": programKeys.subtracting(["stdout_capture_maxbytes"])
            .union(["buffer_size", "events", "result_handler"])
        case "supervisord": [
            "logfile", "logfile_maxbytes", "logfile_backups", "loglevel", "pidfile", "umask", "nodaemon", "silent",
            "minfds", "minprocs", "nocleanup", "childlogdir", "user", "directory", "strip_ansi", "environment",
            "identifier",
        ]
        case "supervisorctl": ["serverurl", "username", "password", "prompt", "history_file"]
        case "unix_http_server": ["file", "chmod", "chown", "username", "password"]
        case "inet_http_server": ["port", "username", "password"]
        case "include": ["files"]
        case "group": ["programs", "priority"]
        default: nil
        }
    }

    static let booleanKeys: Set<String> = [
        "autostart", "stopasgroup", "killasgroup", "redirect_stderr", "stdout_events_enabled", "stderr_events_enabled",
        "stdout_syslog", "stderr_syslog", "nodaemon", "silent", "nocleanup", "strip_ansi",
    ]

    static let integerKeys: Set<String> = [
        "priority", "startsecs", "startretries", "stopwaitsecs", "numprocs", "numprocs_start", "stdout_logfile_backups",
        "stderr_logfile_backups", "logfile_backups", "minfds", "minprocs", "buffer_size", "socket_backlog",
    ]

    static func isByteSizeKey(_ key: String) -> Bool { key.hasSuffix("maxbytes") }
}
