/// A SHA-256 digest: 32 bytes, shown as lowercase hex.
public struct Digest: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Four big-endian words instead of an array: no heap allocation per digest (the stat index
    // holds one per file), and comparing the words in order compares the bytes in order.
    private var words: (UInt64, UInt64, UInt64, UInt64)

    /// The 32 bytes, most significant first.
    public var bytes: [UInt8] {
        withUnsafeBytes(of: bigEndianWords) { Array($0) }
    }

    /// Parses 64 hex digits, either case; nil for anything else.
    public init?(hex: String) {
        var text = hex
        guard let parsed = text.withUTF8({ Digest(hexBytes: $0) }) else { return nil }
        self = parsed
    }

    /// Parses 64 hex digits given as UTF-8 bytes (either case): the stat index reads thousands
    /// of these per build straight from its file, without making a `String` of each.
    public init?(hexBytes: UnsafeBufferPointer<UInt8>) {
        guard hexBytes.count == 64 else { return nil }
        // One word of 16 digits at a time, without a branch per digit (hex digits are random, so
        // a branch on "letter or number" would be mispredicted every other time). A byte that is
        // not a hex digit sets `invalid`.
        func word(_ start: Int) -> UInt64? {
            var value: UInt64 = 0
            var invalid: UInt16 = 0
            for index in start..<(start + 16) {
                let byte = hexBytes[index]
                // 1 when below the bound: the subtraction wraps into the top bit.
                let isDecimal = (UInt16(byte &- UInt8(ascii: "0")) &- 10) >> 15
                let isLetter = (UInt16((byte | 0x20) &- UInt8(ascii: "a")) &- 6) >> 15
                invalid |= (isDecimal | isLetter) ^ 1
                // '0'…'9' are 0x30…0x39, 'a'…'f' and 'A'…'F' end in 1…6 with bit 6 set.
                value = value << 4 | UInt64((byte & 0x0F) &+ 9 &* (byte >> 6))
            }
            return invalid == 0 ? value : nil
        }
        guard let first = word(0), let second = word(16), let third = word(32), let fourth = word(48) else { return nil }
        words = (first, second, third, fourth)
    }

    /// Wraps 32 bytes; fewer or more is a programming error.
    public init(bytes: [UInt8]) {
        precondition(bytes.count == 32, "a SHA-256 digest has 32 bytes, not \(bytes.count)")
        words = bytes.withUnsafeBytes(Digest.words(from:))
    }

    /// Wraps the 32 bytes in `buffer`, without an intermediate array.
    public init(copying buffer: UnsafeRawBufferPointer) {
        precondition(buffer.count == 32, "a SHA-256 digest has 32 bytes, not \(buffer.count)")
        words = Digest.words(from: buffer)
    }

    /// 64 lowercase hex digits.
    public var hex: String {
        // Not String(unsafeUninitializedCapacity:): that needs macOS 11, above SwiftPM's default.
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        appendHex(to: &digits)
        return String(decoding: digits, as: UTF8.self)
    }

    /// Appends the 64 lowercase hex digits as UTF-8.
    public func appendHex(to out: inout [UInt8]) {
        // Spelled out in a fixed buffer and appended at once: one capacity check, not 64.
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            withUnsafeBytes(of: bigEndianWords) { bytes in
                for (i, byte) in bytes.enumerated() {
                    buffer[2 * i] = Self.hexDigits[Int(byte >> 4)]
                    buffer[2 * i + 1] = Self.hexDigits[Int(byte & 0x0f)]
                }
            }
            out.append(contentsOf: buffer)
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The first 8 hex digits, for messages (`3f1a9b2c`).
    public var short: String {
        String(hex.prefix(8))
    }

    /// The hex digits.
    public var description: String { hex }

    /// Orders by bytes, the same order as by `hex`.
    public static func < (lhs: Digest, rhs: Digest) -> Bool {
        lhs.words < rhs.words
    }

    public static func == (lhs: Digest, rhs: Digest) -> Bool {
        lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }

    // The words laid out in memory as the digest's bytes.
    private var bigEndianWords: (UInt64, UInt64, UInt64, UInt64) {
        (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian, words.3.bigEndian)
    }

    private static func words(from buffer: UnsafeRawBufferPointer) -> (UInt64, UInt64, UInt64, UInt64) {
        func word(_ index: Int) -> UInt64 {
            UInt64(bigEndian: buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
        }
        return (word(0), word(1), word(2), word(3))
    }
}
