/// Replaces every secret value with `***` in everything the tool writes: command lines, stage
/// output, log files, failure reasons, notices, traces and reports. Longest values first, so a
/// secret that contains another is hidden whole.
///
/// Output is redacted line by line, so a multi-line secret (a PEM key) is also redacted line by
/// line: each of its lines of `minimumFragment` characters or more counts as a secret of its own.
public struct Redactor: Sendable {
    public static let mask = "***"
    /// Lines of a multi-line secret shorter than this are left alone (a lone `}` or blank line
    /// would hide unrelated text everywhere).
    static let minimumFragment = 4
    private let secrets: [String]
    /// The longest secret in UTF-8 bytes: how much output must be held back at a forced line
    /// cut so a secret is never printed in two halves.
    public let longestSecret: Int

    public init(secrets: [String]) {
        var values = Set(secrets.filter { !$0.isEmpty })
        // By bytes: "\r\n" is one Character, which a Character split would not cut.
        for secret in values where secret.utf8.contains(0x0A) {
            for line in secret.utf8.split(separator: 0x0A) {
                let fragment = line.last == 0x0D ? line.dropLast() : line
                let text = String(decoding: fragment, as: UTF8.self)
                if text.count >= Self.minimumFragment { values.insert(text) }
            }
        }
        self.secrets = values.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
        longestSecret = self.secrets.first?.utf8.count ?? 0
    }

    public var isEmpty: Bool { secrets.isEmpty }

    public func redact(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacing(secret, with: Self.mask)
        }
        return result
    }

    /// Where a line that is too long may be cut without splitting a secret: at most `limit`,
    /// moved back to the start of any secret that straddles it and to a UTF-8 character
    /// boundary. The bytes after the cut wait for the rest of the line.
    public func safeCut(_ bytes: [UInt8], limit: Int) -> Int {
        var cut = min(limit, bytes.count)
        var moved = true
        while moved {
            moved = false
            for secret in secrets where cut > 0 {
                let needle = Array(secret.utf8)
                // A secret starting before the cut and running past it (or, at the end of what
                // has arrived, possibly still arriving).
                for start in max(0, cut - needle.count + 1)..<cut {
                    let available = min(needle.count, bytes.count - start)
                    if bytes[start..<(start + available)].elementsEqual(needle[0..<available]) {
                        cut = start
                        moved = true
                        break
                    }
                }
            }
        }
        while cut > 0, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}
