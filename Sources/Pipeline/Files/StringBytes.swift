extension String {
    /// Runs `body` on the UTF-8 bytes in place. Loops over `utf8` pay for a view iterator per
    /// byte; the loader asks small questions of thousands of short paths.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var text = self
        return try text.withUTF8(body)
    }

    /// Whether every character is ASCII: then each byte is a character and byte loops give what
    /// `Character` loops give.
    var isASCII: Bool { withBytes { $0.allSatisfy { $0 < 0x80 } } }

    /// `unicodeScalars.count` by counting the bytes that start a scalar (a `String` is always
    /// valid UTF-8), without decoding each scalar.
    var scalarCount: Int { withBytes { $0.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } } }
}
