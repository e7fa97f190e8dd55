/// A `# shellcheck key=value …` comment.
public struct ShellDirective: Sendable, Hashable {
    /// Codes from `disable=`, normalised to `SCnnnn`; `all` stays `all`; ranges are expanded lazily.
    public var disabled: [CodePattern] = []
    public var enabled: [String] = []
    public var shell: ShellDialect?
    /// The value of `source=`.
    public var source: String?

    /// Reads a comment line (with or without the leading `#`); `nil` if it is not a directive.
    public init?(comment: some StringProtocol) {
        var text = comment.trimmingShellWhitespace
        guard text.hasPrefix("#") else { return nil }
        text = text.dropFirst().trimmingShellWhitespace
        guard text.hasPrefix("shellcheck ") || text.hasPrefix("shellcheck\t") else { return nil }
        text = text.dropFirst("shellcheck".count)
        for field in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if field.hasPrefix("#") { break }  // the rest is a comment on the directive
            let pair = field.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let value = String(pair[1])
            switch pair[0] {
            case "disable":
                disabled += value.split(separator: ",").compactMap { CodePattern(String($0)) }
            case "enable":
                enabled += value.split(separator: ",").map(String.init)
            case "shell":
                shell = ShellDialect(shellName: value)
            case "source":
                source = value
            default:
                continue
            }
        }
    }
}

/// One entry of a `disable=` list: a code, a range of codes, or `all`.
public struct CodePattern: Sendable, Hashable {
    let low: Int
    let high: Int

    /// Parses `SC2086`, `2086`, `SC2000-SC2099` or `all`.
    public init?(_ text: String) {
        if text == "all" {
            low = 0
            high = Int.max
            return
        }
        let bounds = text.split(separator: "-", maxSplits: 1).map { bound -> Int? in
            let digits = bound.hasPrefix("SC") ? bound.dropFirst(2) : bound[...]
            return Int(digits)
        }
        guard let first = bounds.first, let low = first else { return nil }
        self.low = low
        if bounds.count == 2 {
            guard let second = bounds[1] else { return nil }
            high = second
        } else {
            high = low
        }
    }

    /// Whether `code` (such as `SC2086`) falls under this pattern.
    public func matches(_ code: String) -> Bool {
        guard code.hasPrefix("SC"), let number = Int(code.dropFirst(2)) else { return false }
        return number >= low && number <= high
    }
}
