/// ANSI styling, or none: `--color`, `NO_COLOR` (https://no-color.org) and whether the stream is
/// a terminal decide.
struct Style: Sendable {
    var enabled: Bool

    static func resolve(_ choice: ColorChoice, isTerminal: Bool, environment: [String: String]) -> Style {
        switch choice {
        case .always: Style(enabled: true)
        case .never: Style(enabled: false)
        case .auto: Style(enabled: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb")
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }
    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
}

/// `1.2s`, `340ms`, `2m05s`.
func formatDuration(nanoseconds: UInt64) -> String {
    let ms = nanoseconds / 1_000_000
    if ms < 1000 { return "\(ms)ms" }
    if ms < 60_000 {
        let tenths = ms / 100
        return "\(tenths / 10).\(tenths % 10)s"
    }
    let seconds = ms / 1000
    let rest = seconds % 60
    return "\(seconds / 60)m\(rest < 10 ? "0" : "")\(rest)s"
}
