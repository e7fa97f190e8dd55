extension Digest {
    /// Parses 64 hex digits given as UTF-8 bytes (either case): the stat index reads thousands
    /// of these per build straight from its file, without making a `String` of each.
    public init?(hexBytes: UnsafeBufferPointer<UInt8>) {
        guard hexBytes.count == 64 else { return nil }
        var raw = [UInt8](repeating: 0, count: 32)
        for i in 0..<32 {
            guard let high = Self.nibble(hexBytes[2 * i]), let low = Self.nibble(hexBytes[2 * i + 1]) else { return nil }
            raw[i] = high << 4 | low
        }
        self = raw.withUnsafeBytes { Digest(copying: $0) }
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
