import Basics

/// Finds the first byte that is not valid UTF-8, and says where it is in the user's terms.
enum UTF8Check {
    /// The offset of the first byte that does not start or continue a valid sequence (overlong
    /// forms, surrogates and values beyond U+10FFFF are invalid), or nil when all are valid.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF  // the allowed range of the second byte
            switch lead {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            for k in 1..<length {
                guard i + k < bytes.count else { return i }
                let byte = bytes[i + k]
                let (min, max) = k == 1 ? (low, high) : (0x80, 0xBF)
                guard byte >= min && byte <= max else { return i }
            }
            i += length
        }
        return nil
    }

    /// Line and column of `offset`, counting columns in characters as the JSON parser does.
    static func location(of offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }
}
