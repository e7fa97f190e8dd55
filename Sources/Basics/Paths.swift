/// Path arithmetic on `/`-separated strings; no file-system access.
public enum Paths {
    /// Joins `path` onto `base` unless it is already absolute.
    public static func join(_ base: String, _ path: String) -> String {
        // Bytes, not characters: a path is a byte string, and this runs for every input file.
        if path.utf8.first == UInt8(ascii: "/") { return path }
        if path.isEmpty || path == "." { return base }
        return base.utf8.last == UInt8(ascii: "/") ? base + path : base + "/" + path
    }

    /// Removes `.` and empty segments and folds `..`; returns nil when `..` climbs above the start.
    /// A relative result has no leading `/`; `""` stands for the start itself.
    public static func normalize(_ path: String) -> String? {
        // Most paths are already normal; the loader asks about every input and output.
        if isNormal(path) { return path }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                if parts.isEmpty { return absolute ? "/" : nil }
                parts.removeLast()
            default: parts.append(segment)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }

    /// No empty, `.` or `..` segment and no trailing `/` (a leading one is kept): what
    /// `normalize` would return unchanged.
    static func isNormal(_ path: String) -> Bool {
        var length = 0
        var dots = 0
        var index = 0
        func segmentIsNormal() -> Bool { length > 0 && !(dots == length && length <= 2) }
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if index > 0, !segmentIsNormal() { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
            index += 1
        }
        return index == 0 || segmentIsNormal()
    }

    /// The directory part of `path` (`a/b/c` → `a/b`, `c` → ``).
    public static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        if slash == path.utf8.startIndex { return "/" }
        return String(path[..<slash])
    }
}
