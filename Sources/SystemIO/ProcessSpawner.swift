import Basics
import Glibc

/// Starts one child with `posix_spawn` the way `SystemProcessRunner` promises: its own process
/// group, clean signal state, stdin from /dev/null, stdout and stderr merged into one pipe, no
/// other inherited descriptors, exactly the given environment and working directory.
enum ProcessSpawner {
    /// A started child and the read end (non-blocking, close-on-exec) of its output pipe.
    struct Child {
        let pid: pid_t
        let outputFD: Int32
    }

    static func spawn(_ spec: ProcessSpec) throws(ProcessLaunchError) -> Child {
        let arguments = spec.arguments
        func failure(_ reason: String) -> ProcessLaunchError {
            ProcessLaunchError(arguments: arguments, reason: reason)
        }

        try checkWorkingDirectory(spec)
        let executable = try ExecutableLookup.resolve(
            arguments, environment: spec.environment, workingDirectory: spec.workingDirectory)
        // C strings end at the first NUL; passing such a string on would silently cut it.
        if arguments.contains(where: { $0.utf8.contains(0) }) {
            throw failure("an argument contains a NUL byte")
        }
        if spec.environment.contains(where: { $0.key.utf8.contains(0) || $0.value.utf8.contains(0) }) {
            throw failure("an environment variable contains a NUL byte")
        }
        guard let addChdir = GNUExtensions.addChdir else {
            throw failure("this C library cannot set a child's working directory (needs glibc 2.29)")
        }

        let pipe: (read: Int32, write: Int32)
        do {
            pipe = try Descriptors.closeOnExecPipe()
            try Descriptors.setNonBlocking(pipe.read)
        } catch {
            throw failure("cannot create the output pipe: \(error)")
        }
        // The parent never writes; keeping the write end would also keep EOF from arriving.
        defer { Descriptors.close(pipe.write) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        var code = addChdir(&actions, spec.workingDirectory)
        if code == 0 { code = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        // dup2 clears close-on-exec on the copies only: both output fds share one pipe, so the
        // reader sees stdout and stderr in the order they were written.
        if code == 0 { code = posix_spawn_file_actions_adddup2(&actions, pipe.write, 1) }
        if code == 0 { code = posix_spawn_file_actions_adddup2(&actions, pipe.write, 2) }
        // The project lock as descriptor 3, so a child outliving a killed run keeps it taken.
        var firstUnused: Int32 = 3
        if code == 0 { (code, firstUnused) = InheritedLock.addToChild(&actions) }
        // Belt and braces over O_CLOEXEC: fds opened elsewhere in the process without it.
        if code == 0, let addClosefrom = GNUExtensions.addClosefrom { code = addClosefrom(&actions, firstUnused) }

        // Own group (pgid = pid) so Ctrl-C at the terminal reaches only us, and signalAll and
        // the leftover kill reach the child's whole tree. The child starts with nothing blocked
        // and every signal at its default, whatever this process ignores (SIGPIPE) or blocks.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        // sigfillset leaves out glibc's internal signals 32 and 33, and glibc's child code then
        // sets them to SIG_IGN, which survives exec. Setting their bits directly (signal n is
        // bit n-1 of the first word) has them reset to SIG_DFL like every other signal.
        allSignals.__val.0 |= (1 << 31) | (1 << 32)
        if code == 0 {
            code = posix_spawnattr_setflags(
                &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        }
        if code == 0 { code = posix_spawnattr_setpgroup(&attributes, 0) }
        if code == 0 { code = posix_spawnattr_setsigmask(&attributes, &noSignals) }
        if code == 0 { code = posix_spawnattr_setsigdefault(&attributes, &allSignals) }
        guard code == 0 else {
            Descriptors.close(pipe.read)
            throw failure("cannot prepare the spawn: \(errorText(code))")
        }

        // Sorted so the child's environment order does not depend on hashing.
        let environment = spec.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        code = withCStringArray(arguments) { argv in
            withCStringArray(environment) { envp in
                posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            }
        }
        guard code == 0 else {
            Descriptors.close(pipe.read)
            throw failure(spawnFailureReason(code, executable: executable))
        }
        return Child(pid: pid, outputFD: pipe.read)
    }

    private static func checkWorkingDirectory(_ spec: ProcessSpec) throws(ProcessLaunchError) {
        let directory = spec.workingDirectory
        var info = stat()
        guard stat(directory, &info) == 0 else {
            let code = errno
            let reason = code == ENOENT
                ? "working directory \(directory) does not exist"
                : "working directory \(directory): \(errorText(code))"
            throw ProcessLaunchError(arguments: spec.arguments, reason: reason)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw ProcessLaunchError(
                arguments: spec.arguments, reason: "working directory \(directory) is not a directory")
        }
    }

    /// The lookup already explained the usual failures; these are races with it, or files the
    /// kernel refuses to execute.
    private static func spawnFailureReason(_ code: Int32, executable: String) -> String {
        switch code {
        case EACCES: "permission denied (not executable)"
        case ENOEXEC: "\(executable) is not in an executable format (a script without a #! line?)"
        default: "\(executable): \(errorText(code))"
        }
    }
}
