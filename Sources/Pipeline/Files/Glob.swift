import Basics

/// A path pattern for `inputs` and `outputs`, matched against `/`-separated relative paths.
///
/// - `*` matches any run of characters within one segment, `?` one character, `[a-z]` / `[!a]`
///   a class; `**` as a whole segment matches zero or more segments.
/// - A segment starting with `.` is matched only by a pattern segment that starts with `.`
///   (dotfiles only when named), as in POSIX shells; `**` does not enter dot-directories.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    enum Segment: Sendable, Hashable {
        case literal(String)
        case pattern([Unicode.Scalar])
        case anyDepth
    }

    public let text: String
    let segments: [Segment]
    /// `dir/**`: the literal directory, for a prefix test instead of a segment match.
    let treePrefix: String?
    /// The whole pattern as a normalized path when it has no wildcards.
    public let literalPath: String?

    public init(_ text: String) {
        self.text = text
        let (segments, keptEveryPart) = Self.segments(of: text)
        self.segments = segments
        let literalCount = segments.prefix { if case .literal = $0 { true } else { false } }.count
        func joined() -> String {
            segments.prefix(literalCount).map { if case .literal(let name) = $0 { name } else { "" } }.joined(separator: "/")
        }
        // When splitting dropped no part, the literal segments joined again are the text itself.
        literalPath = literalCount == segments.count ? (keptEveryPart ? text : joined()) : nil
        if segments.count >= 2, literalCount == segments.count - 1, case .anyDepth? = segments.last {
            treePrefix = keptEveryPart ? String(text.dropLast(2)) : joined() + "/"
        } else {
            treePrefix = nil
        }
    }

    public var description: String { text }

    /// The pattern's segments, split at `/` characters; `.` segments and repeated `**` dropped.
    /// `keptEveryPart`: the text is ASCII and nothing was dropped (no empty or `.` part).
    private static func segments(of text: String) -> (segments: [Segment], keptEveryPart: Bool) {
        var segments: [Segment] = []
        var keptEveryPart = true
        func append(_ segment: Segment) {
            // Matched, not compared with `==`, which would copy the segments' names.
            if case .anyDepth = segment, case .anyDepth? = segments.last {
                keptEveryPart = false
                return
            }
            segments.append(segment)
        }
        let isASCII = text.withBytes { bytes in
            // In ASCII text every byte is a character: splitting and testing bytes gives what the
            // character loop below gives, without building a `Character` per byte.
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            segments.reserveCapacity(bytes.reduce(1) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if part.isEmpty || (part.count == 1 && part[0] == UInt8(ascii: ".")) {
                    keptEveryPart = false
                    continue
                }
                if part.count == 2, part[0] == UInt8(ascii: "*"), part[1] == UInt8(ascii: "*") {
                    append(.anyDepth)
                } else if part.contains(where: isWildcardByte) {
                    append(.pattern(part.map { Unicode.Scalar($0) }))
                } else {
                    append(.literal(String(decoding: part, as: UTF8.self)))
                }
            }
            return true
        }
        guard !isASCII else { return (segments, keptEveryPart) }
        for part in text.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "**" {
                append(.anyDepth)
            } else if part.contains(where: { "*?[".contains($0) }) {
                append(.pattern(Array(part.unicodeScalars)))
            } else {
                append(.literal(String(part)))
            }
        }
        return (segments, false)
    }

    /// `Glob(text).literalPath` without building the glob when an ASCII text has a wildcard
    /// (some segment of it is then a pattern or `**`).
    static func literalPath(of text: String) -> String? {
        if text.isASCII, text.withBytes({ $0.contains(where: isWildcardByte) }) { return nil }
        return Glob(text).literalPath
    }

    /// `Paths.normalize(path)`, answered from one pass over the bytes for the usual relative path
    /// that is normal already (no empty, `.` or `..` segment, no leading or trailing `/`).
    static func normalize(_ path: String) -> String? {
        PathShape(path).isNormalized ? path : Paths.normalize(path)
    }

    private static func isWildcardByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "[")
    }

    /// Whether the pattern has no wildcards at all (a plain path).
    public var isLiteral: Bool { literalPath != nil }

    /// The leading directories without wildcards: where a walk for matches starts.
    public var literalPrefix: String {
        var parts: [String] = []
        for segment in segments {
            guard case .literal(let name) = segment else { break }
            parts.append(name)
        }
        if isLiteral, !parts.isEmpty { parts.removeLast() }
        return parts.joined(separator: "/")
    }

    /// Whether `path` (relative, `/`-separated) matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        let shape = PathShape(path)
        guard shape.isNormalized else {
            // `./a`, `a//b`, `a/../b`: match what the path names.
            guard let normalized = Paths.normalize(path), normalized != path else { return false }
            return matches(normalized)
        }
        if let literalPath { return path == literalPath }
        // `dir/**` is by far the most common input pattern: a prefix test, minus dotfiles below.
        if let treePrefix {
            if path.utf8.count == treePrefix.utf8.count - 1 { return treePrefix.hasPrefix(path) }
            return path.utf8.count > treePrefix.utf8.count && path.hasPrefix(treePrefix)
                && shape.firstHiddenSegment.map { $0 < treePrefix.utf8.count } ?? true
        }
        return matchesSegments(path)
    }

    /// What one pass over a path's bytes says about it (no `String.contains`, which is slow).
    struct PathShape {
        /// No `.`/`..` segments, no empty segments, no trailing `/`.
        var isNormalized = true
        /// The byte offset of the first segment that starts with `.`, if any.
        var firstHiddenSegment: Int?

        init(_ path: String) {
            self = path.withBytes(Self.init)
        }

        init(_ path: UnsafeBufferPointer<UInt8>) {
            var segmentLength = 0
            var segmentDots = 0
            var offset = 0
            func endSegment() {
                // An empty, `.` or `..` segment is one normalization would remove.
                if segmentLength == 0 || (segmentLength == segmentDots && segmentDots <= 2) { isNormalized = false }
            }
            for byte in path {
                if byte == UInt8(ascii: "/") {
                    endSegment()
                    segmentLength = 0
                    segmentDots = 0
                } else {
                    if segmentLength == 0, byte == UInt8(ascii: "."), firstHiddenSegment == nil { firstHiddenSegment = offset }
                    if byte == UInt8(ascii: ".") { segmentDots += 1 }
                    segmentLength += 1
                }
                offset += 1
            }
            endSegment()
        }
    }

    /// The general matcher, segment by segment (the fast paths above must agree with it).
    func matchesSegments(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return match(segmentIndex: 0, parts[...])
    }

    /// Whether some path below directory `path` could match: prunes directory walks.
    public func couldMatchBelow(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        return prefixMatch(segmentIndex: 0, parts[...])
    }

    private func match(segmentIndex: Int, _ parts: ArraySlice<Substring>) -> Bool {
        guard segmentIndex < segments.count else { return parts.isEmpty }
        switch segments[segmentIndex] {
        case .anyDepth:
            var rest = parts
            while true {
                if match(segmentIndex: segmentIndex + 1, rest) { return true }
                guard let first = rest.first, !first.hasPrefix(".") else { return false }
                rest = rest.dropFirst()
            }
        case .literal(let name):
            guard let first = parts.first, first == name else { return false }
            return match(segmentIndex: segmentIndex + 1, parts.dropFirst())
        case .pattern(let pattern):
            guard let first = parts.first, Self.matchSegment(pattern, first) else { return false }
            return match(segmentIndex: segmentIndex + 1, parts.dropFirst())
        }
    }

    private func prefixMatch(segmentIndex: Int, _ parts: ArraySlice<Substring>) -> Bool {
        guard let first = parts.first else { return segmentIndex < segments.count }
        guard segmentIndex < segments.count else { return false }
        switch segments[segmentIndex] {
        case .anyDepth:
            return !first.hasPrefix(".") || prefixMatch(segmentIndex: segmentIndex + 1, parts)
        case .literal(let name):
            return first == name && prefixMatch(segmentIndex: segmentIndex + 1, parts.dropFirst())
        case .pattern(let pattern):
            return Self.matchSegment(pattern, first) && prefixMatch(segmentIndex: segmentIndex + 1, parts.dropFirst())
        }
    }

    static func matchSegment(_ pattern: [Unicode.Scalar], _ name: Substring) -> Bool {
        // Scalars for `?` and classes to mean one character, whatever its UTF-8 length.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(name.utf8.count)
        scalars.append(contentsOf: name.unicodeScalars)
        return matchSegment(pattern, scalars)
    }

    /// Matches one segment; iterative with backtracking to the last `*`, so it is linear-ish
    /// and cannot blow the stack.
    static func matchSegment(_ pattern: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
        if name.first == ".", pattern.first != "." { return false }
        var p = 0, n = 0
        var starP = -1, starN = 0
        while n < name.count {
            if p < pattern.count {
                switch pattern[p] {
                case "*":
                    starP = p
                    starN = n
                    p += 1
                    continue
                case "?":
                    p += 1
                    n += 1
                    continue
                case "[":
                    if let (matched, next) = matchClass(pattern, p, name[n]) {
                        if matched {
                            p = next
                            n += 1
                            continue
                        }
                    } else if name[n] == "[" {
                        p += 1
                        n += 1
                        continue
                    }
                case "\\" where p + 1 < pattern.count:
                    if pattern[p + 1] == name[n] {
                        p += 2
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starN += 1
            n = starN
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Matches `[...]` at `start`; nil when the bracket is not closed (then it is a literal `[`).
    private static func matchClass(_ pattern: [Unicode.Scalar], _ start: Int, _ c: Unicode.Scalar) -> (Bool, Int)? {
        var i = start + 1
        var negate = false
        if i < pattern.count, pattern[i] == "!" || pattern[i] == "^" {
            negate = true
            i += 1
        }
        var matched = false
        var first = true
        while i < pattern.count {
            if pattern[i] == "]" && !first { return (matched != negate, i + 1) }
            first = false
            var low = pattern[i]
            if low == "\\", i + 1 < pattern.count {
                i += 1
                low = pattern[i]
            }
            if i + 2 < pattern.count, pattern[i + 1] == "-", pattern[i + 2] != "]" {
                let high = pattern[i + 2]
                if low.value <= c.value && c.value <= high.value { matched = true }
                i += 3
            } else {
                if low == c { matched = true }
                i += 1
            }
        }
        return nil
    }
}
