/// A duration written as `300s`, `5m`, `1h30m`, `250ms`, `30d`, `2w` — the one grammar for
/// pipeline.json (a smoke stage's `timeout`) and the command line (`cache prune --older-than`).
public struct DurationValue: Sendable, Hashable, CustomStringConvertible {
    public var milliseconds: Int

    /// The longest duration accepted: what fits in a signed 64-bit count of nanoseconds (about
    /// 292 years), so no caller's arithmetic can overflow.
    public static let maximumMilliseconds = Int(Int64.max / 1_000_000)

    /// The units, longest spelling first so `ms` is not read as `m`.
    public static let units: [(name: String, milliseconds: Int)] = [
        ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000), ("w", 604_800_000),
    ]

    public init(milliseconds: Int) {
        self.milliseconds = milliseconds
    }

    /// Parses one or more `<digits><unit>` parts, units `ms`, `s`, `m`, `h`, `d`, `w`; nil if
    /// malformed or longer than `maximumMilliseconds`.
    public init?(parsing text: String) {
        var total = 0
        var digits = 0
        var sawDigit = false
        var sawPart = false
        var rest = Substring(text)
        while let c = rest.first {
            if c.isASCII, let d = c.wholeNumberValue {
                let (times, overflow) = digits.multipliedReportingOverflow(by: 10)
                guard !overflow, times <= Self.maximumMilliseconds - d else { return nil }
                digits = times + d
                sawDigit = true
                rest = rest.dropFirst()
                continue
            }
            guard sawDigit, let unit = Self.units.first(where: { rest.hasPrefix($0.name) }) else { return nil }
            rest = rest.dropFirst(unit.name.count)
            let (part, overflow) = digits.multipliedReportingOverflow(by: unit.milliseconds)
            guard !overflow, part <= Self.maximumMilliseconds - total else { return nil }
            total += part
            digits = 0
            sawDigit = false
            sawPart = true
        }
        guard sawPart, !sawDigit else { return nil }
        milliseconds = total
    }

    /// The duration in nanoseconds; cannot overflow (see `maximumMilliseconds`).
    public var nanoseconds: Int64 { Int64(milliseconds) * 1_000_000 }

    /// What a user can write, for messages.
    public static let expectation = "a duration such as 90s, 5m, 1h30m, 30d or 2w (units ms, s, m, h, d, w)"

    public var description: String {
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000)s" : "\(milliseconds)ms"
    }
}
