/// A parsed `.dockerignore`, deciding which context files the engine receives with Docker's own
/// rules (moby `ignorefile.ReadAll` + `patternmatcher`, applied along a directory walk).
///
/// Docker does not test each file against the patterns in isolation: it walks the context,
/// carries each directory's per-pattern results down to its children, and stops descending into
/// an excluded directory unless an exception could re-include something below it. Both effects
/// change what is sent (`a/b` then `!a` still excludes `a/b/c`), so `isExcluded` models the walk.
public struct DockerIgnore: Sendable, Hashable {
    /// The patterns in file order; the last one that matches a path decides.
    public let patterns: [DockerIgnorePattern]

    /// How the client walks the context; the two differ only in when an excluded directory is
    /// skipped without looking inside.
    public enum ContextSender: Sendable, Hashable {
        /// BuildKit's sender (fsutil): enters excluded directories whenever an exception has a
        /// wildcard, because such an exception could match at any depth.
        case buildKit
        /// The classic builder's tar (`archive.TarWithOptions`): enters an excluded directory only
        /// when an exception's text starts with that directory.
        case classic
    }

    /// Parses `.dockerignore` text; a malformed pattern is an error naming its line.
    public init(text: String) throws(DockerIgnoreError) {
        var patterns: [DockerIgnorePattern] = []
        for (offset, rawLine) in Self.lines(of: text).enumerated() {
            // ReadAll drops comment lines before trimming: an indented `#` is a pattern.
            if rawLine.utf8.first == UInt8(ascii: "#") { continue }
            let line = Self.trimmed(rawLine)
            if line.isEmpty { continue }
            var pattern = line
            let exception = pattern.utf8.first == UInt8(ascii: "!")
            if exception { pattern = Self.trimmed(String(pattern.unicodeScalars.dropFirst())) }
            if !pattern.isEmpty {
                pattern = Self.cleanPath(pattern)
                if pattern.utf8.count > 1, pattern.utf8.first == UInt8(ascii: "/") {
                    pattern = String(String.UnicodeScalarView(pattern.unicodeScalars.dropFirst()))
                }
            }
            // patternmatcher.New trims and cleans once more, with the `!` still attached.
            var stored = Self.cleanPath(Self.trimmed((exception ? "!" : "") + pattern))
            let isException = stored.utf8.first == UInt8(ascii: "!")
            if isException {
                guard stored.utf8.count > 1 else {
                    throw DockerIgnoreError(line: offset + 1, pattern: line,
                                            message: "'!' alone re-includes nothing; write '!path' to re-include a path")
                }
                stored = String(String.UnicodeScalarView(stored.unicodeScalars.dropFirst()))
            }
            do {
                patterns.append(try DockerIgnorePattern(text: stored, isException: isException))
            } catch {
                throw DockerIgnoreError(line: offset + 1, pattern: line, message: error.message)
            }
        }
        self.patterns = patterns
    }

    /// Whether the engine leaves out the file at `relativePath` (slash-separated, relative to the
    /// context), given how `sender` walks the context.
    public func isExcluded(_ relativePath: String, sender: ContextSender = .buildKit) -> Bool {
        var walk = ContextWalk(ignore: self, sender: sender)
        return walk.isExcluded(relativePath)
    }

    /// The files the engine receives, sorted by their UTF-8 bytes: every file not excluded, and
    /// always the named Dockerfile and `.dockerignore` when present (Docker needs and sends them).
    public static func contextFiles(allFiles: [String], dockerignore: DockerIgnore?, dockerfile: String,
                                    sender: ContextSender = .buildKit) -> [String] {
        let alwaysSent: Set<String> = [normalizedPath(dockerfile), ".dockerignore"]
        var kept: Set<String> = []
        if let dockerignore {
            var walk = ContextWalk(ignore: dockerignore, sender: sender)
            for file in allFiles {
                let path = normalizedPath(file)
                if alwaysSent.contains(path) || !walk.isExcluded(path) { kept.insert(path) }
            }
        } else {
            kept = Set(allFiles.map(normalizedPath))
        }
        kept.remove("")
        return kept.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    // MARK: - Reading the file

    /// Lines as Go's `bufio.ScanLines` yields them: split at `\n`, a trailing `\r` dropped, a
    /// UTF-8 byte-order mark removed from the first line. (Swift treats `\r\n` as one Character,
    /// so this splits on scalars.)
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        for scalar in scalars {
            if scalar == "\n" {
                if current.last == "\r" { current.removeLast() }
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty {
            if current.last == "\r" { current.removeLast() }
            lines.append(String(current))
        }
        return lines
    }

    /// Go's `strings.TrimSpace`: Unicode white space at both ends.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Go's `filepath.Clean` on a Unix path: one `/` between elements, no `.`, `..` folded where
    /// it can be, no trailing `/`; `""` becomes `.`.
    static func cleanPath(_ path: String) -> String {
        let rooted = path.hasPrefix("/")
        var elements: [Substring] = []
        for element in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch element {
            case ".":
                continue
            case "..":
                if let last = elements.last, last != ".." {
                    elements.removeLast()
                } else if !rooted {
                    elements.append(element)
                }
            default:
                elements.append(element)
            }
        }
        let joined = elements.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// A context-relative file path without empty or `.` segments.
    static func normalizedPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.joined(separator: "/")
    }
}

/// A problem in one `.dockerignore` line, reported with its line number.
public struct DockerIgnoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line number in the file.
    public var line: Int
    /// The line as written, without surrounding white space.
    public var pattern: String
    /// What is wrong with the pattern and how to fix it.
    public var message: String

    /// Builds an error for `pattern` on `line`.
    public init(line: Int, pattern: String, message: String) {
        self.line = line
        self.pattern = pattern
        self.message = message
    }

    public var description: String { "line \(line): pattern '\(pattern)': \(message)" }
}

/// Docker's walk over the context, remembering each directory's per-pattern results so a file is
/// judged as the engine judges it (patternmatcher's `MatchesUsingParentResults`).
private struct ContextWalk {
    let patterns: [DockerIgnorePattern]
    let sender: DockerIgnore.ContextSender
    let hasExceptions: Bool
    /// BuildKit prunes only when every exception is a plain path (after a trailing `/**` or `/*`).
    let exceptionsArePlainPaths: Bool
    /// Per directory: whether the walk never enters it, and which patterns matched it.
    private var directories: [String: (pruned: Bool, matched: [Bool])] = [:]

    init(ignore: DockerIgnore, sender: DockerIgnore.ContextSender) {
        patterns = ignore.patterns
        self.sender = sender
        hasExceptions = patterns.contains(where: \.isException)
        exceptionsArePlainPaths = patterns.allSatisfy {
            !$0.isException || !Self.withoutTrailingGlob($0.text).unicodeScalars.contains { "*[]?^\\".unicodeScalars.contains($0) }
        }
    }

    mutating func isExcluded(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !parts.isEmpty else { return false }
        var parent: [Bool]?
        for depth in 0..<(parts.count - 1) {
            let directory = parts[0...depth].joined(separator: "/")
            let state = self.directory(directory, parent: parent)
            if state.pruned { return true }
            parent = state.matched
        }
        return evaluate(parts.joined(separator: "/"), parent: parent).excluded
    }

    private mutating func directory(_ path: String, parent: [Bool]?) -> (pruned: Bool, matched: [Bool]) {
        if let known = directories[path] { return known }
        let (excluded, matched) = evaluate(path, parent: parent)
        let state = (pruned: excluded && prunes(path), matched: matched)
        directories[path] = state
        return state
    }

    /// One step of `MatchesUsingParentResults`. A pattern skipped because it could not change the
    /// outcome is recorded as not matching, and children inherit that: Docker's quirk, kept.
    private func evaluate(_ path: String, parent: [Bool]?) -> (excluded: Bool, matched: [Bool]) {
        var excluded = false
        var matched = Array(repeating: false, count: patterns.count)
        for (index, pattern) in patterns.enumerated() {
            var match = parent?[index] ?? false
            if !match {
                if pattern.isException != excluded { continue }
                // Top-level paths have no parent directories to fall back on.
                match = pattern.matches(path)
            }
            matched[index] = match
            if match { excluded = !pattern.isException }
        }
        return (excluded, matched)
    }

    private func prunes(_ directory: String) -> Bool {
        guard hasExceptions else { return true }
        if sender == .buildKit, !exceptionsArePlainPaths { return false }
        let directorySlash = Array((directory + "/").utf8)
        for pattern in patterns where pattern.isException {
            let text = sender == .buildKit ? Self.withoutTrailingGlob(pattern.text) : pattern.text
            if Array((text + "/").utf8).starts(with: directorySlash) { return false }
        }
        return true
    }

    private static func withoutTrailingGlob(_ text: String) -> String {
        var text = text
        if text.hasSuffix("/**") { text = String(text.utf8.dropLast(3)) ?? text }
        if text.hasSuffix("/*") { text = String(text.utf8.dropLast(2)) ?? text }
        return text
    }
}
