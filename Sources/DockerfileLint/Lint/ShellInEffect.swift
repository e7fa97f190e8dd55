import ShellLint

/// The `SHELL` a RUN runs under: its argv, and what that means for the checks.
struct ShellInEffect: Sendable, Hashable {
    var argv: [String]

    static let defaultShell = ShellInEffect(argv: ["/bin/sh", "-c"])

    /// Windows images run RUN with `cmd /S /C` unless SHELL says otherwise.
    static func defaultShell(forImage image: String) -> ShellInEffect {
        let lower = image.lowercased()
        let isWindows = ["windows/", "nanoserver", "servercore", "windowsservercore"].contains { lower.contains($0) }
        return isWindows ? ShellInEffect(argv: ["cmd", "/S", "/C"]) : defaultShell
    }

    /// The executable's base name (`bash`, `pwsh`, `cmd`).
    var executable: String {
        let first = argv.first ?? "/bin/sh"
        let base = first.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? first
        return base.lowercased().replacingSuffix(".exe")
    }

    /// The shell dialect for ShellCheck, or nil for shells it cannot check (pwsh, cmd).
    var dialect: ShellDialect? { ShellDialect(shellName: executable) }

    /// Whether the SHELL sets `-o pipefail`.
    var hasPipefail: Bool {
        for (index, arg) in argv.enumerated() {
            if arg == "pipefail", index > 0, argv[index - 1].hasPrefix("-") && argv[index - 1].contains("o") { return true }
            if arg.hasPrefix("-"), arg.contains("o"), index + 1 < argv.count, argv[index + 1] == "pipefail" { return true }
        }
        return false
    }

    /// Whether the shell is not a POSIX-family shell (pwsh, powershell, cmd).
    var isNonPosix: Bool {
        ["pwsh", "powershell", "cmd"].contains(executable)
    }
}

extension String {
    fileprivate func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
