import Glibc

/// What the executable needs to know about its terminal and machine.
public enum Terminal {
    /// Whether `fd` is a terminal (colours, progress lines) rather than a pipe or file.
    public static func isTerminal(fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// The terminal's width in columns, or nil when `fd` is not a terminal or reports none.
    public static func width(fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Processors online now (at least 1); the default for parallelism.
    public static var processorCount: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// This process's environment. A name given twice keeps its first value, as getenv does.
    public static func environment() -> [String: String] {
        // Reads `environ` directly; safe because the tool never calls setenv/putenv.
        guard let address = GNUExtensions.environAddress() else { return [:] }
        let environ = address.load(as: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?.self)
        var result: [String: String] = [:]
        var index = 0
        while let entry = environ?[index] {
            index += 1
            let text = String(cString: entry)
            guard let equals = text.firstIndex(of: "=") else { continue }
            let name = String(text[..<equals])
            if result[name] == nil {
                result[name] = String(text[text.index(after: equals)...])
            }
        }
        return result
    }
}
