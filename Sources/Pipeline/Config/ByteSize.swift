/// A size written as `500M`, `2G`, `10GiB`, `64k` or a plain number of bytes (powers of 1024),
/// as `cache prune --max-size` takes it.
public enum ByteSize {
    private static let units: [Character: Int64] = ["k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40]

    /// The number of bytes, or nil when malformed or beyond a signed 64-bit count.
    public static func parse(_ text: String) -> Int64? {
        var digits = Substring(text.lowercased())
        if digits.hasSuffix("ib") {
            digits = digits.dropLast(2)
            guard let last = digits.last, units[last] != nil else { return nil }
        } else if digits.hasSuffix("b") {
            digits = digits.dropLast()
        }
        var multiplier: Int64 = 1
        if let last = digits.last, let unit = units[last] {
            multiplier = unit
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(digits) else { return nil }
        let (bytes, overflow) = value.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : bytes
    }

    /// What a user can write, for messages.
    public static let expectation = "a size such as 500M or 2G (units k, M, G, T, powers of 1024)"
}
