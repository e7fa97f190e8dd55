/// A duration written as `300s`, `5m`, `1h30m`, `250ms` in pipeline.json.
public struct DurationValue: Sendable, Hashable, CustomStringConvertible {
    public var milliseconds: Int

    public init(milliseconds: Int) {
        self.milliseconds = milliseconds
    }

    /// Parses one or more `<digits><unit>` parts, units `ms`, `s`, `m`, `h`; nil if malformed.
    public init?(parsing text: String) {
        var total = 0
        var digits = 0
        var sawDigit = false
        var sawPart = false
        var characters = Array(text)[...]
        while let c = characters.first {
            if let d = c.wholeNumberValue, c.isASCII {
                digits = digits * 10 + d
                sawDigit = true
                guard digits < 1_000_000_000 else { return nil }
                characters = characters.dropFirst()
                continue
            }
            guard sawDigit else { return nil }
            let unit: Int
            if characters.starts(with: "ms") {
                unit = 1
                characters = characters.dropFirst(2)
            } else {
                switch c {
                case "s": unit = 1000
                case "m": unit = 60_000
                case "h": unit = 3_600_000
                default: return nil
                }
                characters = characters.dropFirst()
            }
            total += digits * unit
            digits = 0
            sawDigit = false
            sawPart = true
        }
        guard sawPart, !sawDigit else { return nil }
        milliseconds = total
    }

    public var description: String {
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000)s" : "\(milliseconds)ms"
    }
}
