/// How supervisord reads typed values.
enum ValueSyntax {
    /// supervisord's `boolean`: true/yes/on/1 and false/no/off/0, any case.
    static func boolean(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "true", "yes", "on", "1": true
        case "false", "no", "off", "0": false
        default: nil
        }
    }

    /// Python's `int()`: optional sign, digits.
    static func integer(_ value: String) -> Int? {
        var digits = Substring(value)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(value.first == "+" ? String(value.dropFirst()) : value)
    }

    /// supervisord's `byte_size`: an integer with an optional KB, MB or GB suffix; nil when malformed.
    static func byteSize(_ value: String) -> Int? {
        let lower = value.lowercased()
        for (suffix, factor) in [("kb", 1024), ("mb", 1024 * 1024), ("gb", 1024 * 1024 * 1024)] where lower.hasSuffix(suffix) {
            let number = String(lower.dropLast(2)).trimmedBlanks()
            return integer(number).map { $0.multipliedReportingOverflow(by: factor).partialValue }
        }
        return integer(lower)
    }

    /// Whether the value holds a `%(…)` expansion, whose result is only known at run time.
    static func isExpanded(_ entry: ConfigEntry) -> Bool {
        entry.expansions.contains { $0.name != nil }
    }

    /// Files that are the container's log: supervisord's own stdout and stderr.
    static let containerLogPaths: Set<String> = [
        "/dev/stdout", "/dev/stderr", "/dev/fd/1", "/dev/fd/2",
        "/proc/self/fd/1", "/proc/self/fd/2", "/proc/1/fd/1", "/proc/1/fd/2",
    ]

    /// Signal names supervisord's `signal_number` accepts (Linux), without `SIG`.
    static let signalNames: Set<String> = [
        "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "IOT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE",
        "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM",
        "PROF", "WINCH", "IO", "POLL", "PWR", "SYS",
    ]
}

extension StringProtocol {
    /// Without leading and trailing blanks and tabs.
    func trimmedBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
