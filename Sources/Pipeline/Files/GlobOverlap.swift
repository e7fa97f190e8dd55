import Basics

/// Whether two output patterns can claim the same file, for the load-time rules on `outputs`.
///
/// An output names files and, when what it names is a directory, everything below it: its
/// territory is the pattern followed by `/**`. Two territories overlap when some path matches
/// both. The test is exact for literal segments and `**`, and errs towards "overlap" for two
/// wildcard segments (it compares only their fixed beginnings and ends), so a refusal may be
/// over-cautious but an overlap is never missed.
extension Glob {
    /// Whether the territories of `self` and `other` share a path.
    public func territoryOverlaps(_ other: Glob) -> Bool {
        let a = segments + [.anyDepth], b = other.segments + [.anyDepth]
        var memo: [Int: Bool] = [:]
        func intersect(_ i: Int, _ j: Int) -> Bool {
            let slot = i * (b.count + 1) + j
            if let known = memo[slot] { return known }
            let result: Bool
            switch (i < a.count ? a[i] : nil, j < b.count ? b[j] : nil) {
            case (nil, nil): result = true
            case (.anyDepth?, _): result = intersect(i + 1, j) || (j < b.count && !Self.isHidden(b[j]) && intersect(i, j + 1))
            case (_, .anyDepth?): result = intersect(i, j + 1) || (i < a.count && !Self.isHidden(a[i]) && intersect(i + 1, j))
            case (nil, _), (_, nil): result = false
            case let (first?, second?): result = Self.segmentsMayIntersect(first, second) && intersect(i + 1, j + 1)
            }
            memo[slot] = result
            return result
        }
        return intersect(0, 0)
    }

    /// Whether `path` (a literal relative path) lies in the territory of `self`.
    public func territoryContains(_ path: String) -> Bool {
        // A path in the territory starts with a match of the pattern, so with its first segment.
        if case .literal(let name)? = segments.first, Self.firstSegment(of: path, differsFrom: name) { return false }
        var current = path
        while true {
            if matches(current) { return true }
            current = Self.parent(current)
            if current.isEmpty { return false }
        }
    }

    /// Whether normalized ASCII `path` starts with a segment other than ASCII `name`; false
    /// when that cannot be told by comparing bytes (there `matches` decides).
    private static func firstSegment(of path: String, differsFrom name: String) -> Bool {
        path.withBytes { path in
            name.withBytes { name in
                guard path.allSatisfy({ $0 < 0x80 }), name.allSatisfy({ $0 < 0x80 }), PathShape(path).isNormalized else { return false }
                return !path.prefix(while: { $0 != UInt8(ascii: "/") }).elementsEqual(name)
            }
        }
    }

    /// `Paths.parent`, with a byte scan for ASCII paths (where every byte is a character)
    /// instead of a search that builds a `Character` per byte.
    static func parent(_ path: String) -> String {
        guard path.isASCII else { return Paths.parent(path) }
        return path.withBytes { bytes in
            guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
            if slash == 0 { return "/" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)
        }
    }

    /// `**` does not enter names that start with `.`; a segment that only matches such names.
    private static func isHidden(_ segment: Segment) -> Bool {
        switch segment {
        case .literal(let name): name.hasPrefix(".")
        case .pattern(let pattern): pattern.first == "."
        case .anyDepth: false
        }
    }

    private static func segmentsMayIntersect(_ a: Segment, _ b: Segment) -> Bool {
        switch (a, b) {
        case let (.literal(x), .literal(y)): return x == y
        case let (.literal(name), .pattern(pattern)), let (.pattern(pattern), .literal(name)):
            return matchSegment(pattern, Substring(name))
        case let (.pattern(x), .pattern(y)):
            let (xPrefix, xSuffix) = fixedEnds(x), (yPrefix, ySuffix) = fixedEnds(y)
            return (xPrefix.starts(with: yPrefix) || yPrefix.starts(with: xPrefix))
                && (xSuffix.reversed().starts(with: ySuffix.reversed()) || ySuffix.reversed().starts(with: xSuffix.reversed()))
        case (.anyDepth, _), (_, .anyDepth): return true
        }
    }

    /// The characters before the first wildcard and after the last one.
    private static func fixedEnds(_ pattern: [Unicode.Scalar]) -> (prefix: [Unicode.Scalar], suffix: [Unicode.Scalar]) {
        let wildcards: Set<Unicode.Scalar> = ["*", "?", "[", "]"]
        let first = pattern.firstIndex(where: wildcards.contains) ?? pattern.count
        let last = pattern.lastIndex(where: wildcards.contains).map { $0 + 1 } ?? pattern.count
        return (Array(pattern[..<first]), Array(pattern[max(first, last)...]))
    }
}
