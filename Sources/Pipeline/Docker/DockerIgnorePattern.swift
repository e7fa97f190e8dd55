/// One `.dockerignore` line after cleaning, matched the way moby's `patternmatcher` matches it.
///
/// Docker turns a pattern into one of four matchers: a plain string compare (`exact`), a prefix
/// (`docs**`), a suffix (`**/x`, `**x`), or a Go regular expression built by rewriting the glob.
/// The regular-expression path leaks regexp syntax (`^` is an anchor, `\d` a digit class), so the
/// same rewrite is modelled here token by token; the few regexp escapes Docker would interpret in
/// ways nobody means are rejected instead of silently matching something else.
public struct DockerIgnorePattern: Sendable, Hashable, CustomStringConvertible {
    /// The cleaned pattern without its leading `!`, as Docker stores it.
    public let text: String
    /// Whether the line started with `!`: a match re-includes the path.
    public let isException: Bool
    let kind: Kind

    enum Kind: Sendable, Hashable {
        case exact
        case prefix(String)
        /// `**` followed by literal text: the path ends with it (or equals it without its `/`).
        case suffix(String)
        case tokens([Token])
    }

    enum Token: Sendable, Hashable {
        case literal(Unicode.Scalar)
        /// `*`: `[^/]*`.
        case star
        /// `?`: `[^/]`.
        case one
        /// `**` inside a pattern: `(.*/)?`, any number of whole directories, including none.
        case anyDirectories
        /// `**` at the end after other wildcards: `.*`.
        case anyRest
        /// `^` outside a class: a regexp anchor that only holds at the start of the path.
        case start
        case set(CharacterSet)
    }

    struct CharacterSet: Sendable, Hashable {
        var negated: Bool
        var ranges: [ClosedRange<UInt32>]

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) } != negated
        }
    }

    public var description: String { (isException ? "!" : "") + text }

    /// Compiles `text` (already cleaned, without `!`); the message says what is wrong.
    init(text: String, isException: Bool) throws(PatternProblem) {
        self.text = text
        self.isException = isException
        try Self.validateGlob(Array(text.unicodeScalars))
        kind = try Self.compile(Array(text.unicodeScalars))
    }

    struct PatternProblem: Error {
        var message: String
    }

    /// Whether the slash-separated `path` matches this pattern on its own (no parent directories).
    func matches(_ path: String) -> Bool {
        switch kind {
        // Byte comparisons, as in Go: Swift's `==` would also equate NFC and NFD spellings.
        case .exact:
            return path.utf8.elementsEqual(text.utf8)
        case .prefix(let prefix):
            return path.utf8.starts(with: prefix.utf8)
        case .suffix(let suffix):
            if path.utf8.reversed().starts(with: suffix.utf8.reversed()) { return true }
            return suffix.utf8.first == UInt8(ascii: "/") && path.utf8.elementsEqual(suffix.utf8.dropFirst())
        case .tokens(let tokens):
            var matcher = TokenMatcher(tokens: tokens, path: Array(path.unicodeScalars))
            return matcher.matches()
        }
    }

    // MARK: - Compiling

    private static let regexpSpecials: Set<Unicode.Scalar> = [".", "+", "(", ")", "|", "{", "}", "$"]

    /// Mirrors patternmatcher's `compile`: the same decisions about which matcher a pattern gets.
    private static func compile(_ scalars: [Unicode.Scalar]) throws(PatternProblem) -> Kind {
        enum Detected { case exact, prefix, suffix, regexp }
        var detected = Detected.exact
        var tokens: [Token] = []
        var index = 0
        var iteration = 0
        func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            defer { iteration += 1 }
            switch scalar {
            case "*":
                guard peek() == "*" else {
                    tokens.append(.star)
                    detected = .regexp
                    continue
                }
                index += 1
                if peek() == "/" { index += 1 }
                if peek() == nil {
                    // `**` at the end accepts everything below, as in .gitignore.
                    if detected == .exact {
                        detected = .prefix
                    } else {
                        tokens.append(.anyRest)
                        detected = .regexp
                    }
                } else {
                    tokens.append(.anyDirectories)
                    detected = .regexp
                }
                if iteration == 0 { detected = .suffix }
            case "?":
                tokens.append(.one)
                detected = .regexp
            case "\\":
                guard let next = peek() else {
                    tokens.append(.literal(scalar))
                    continue
                }
                index += 1
                tokens.append(try escape(next))
                detected = .regexp
            case "[":
                let (set, end) = try parseClass(scalars, from: index)
                tokens.append(.set(set))
                index = end
                detected = .regexp
            case "]":
                tokens.append(.literal(scalar))
                detected = .regexp
            case "^":
                tokens.append(.start)
            default:
                tokens.append(.literal(scalar))
            }
        }

        switch detected {
        case .exact: return .exact
        case .prefix: return .prefix(String(String.UnicodeScalarView(scalars.dropLast(2))))
        case .suffix: return .suffix(String(String.UnicodeScalarView(scalars.dropFirst(2))))
        case .regexp: return .tokens(tokens)
        }
    }

    /// A `\x` sequence as Go's regexp reads it once Docker has copied it into the expression.
    private static func escape(_ scalar: Unicode.Scalar) throws(PatternProblem) -> Token {
        if scalar.isASCII, !isAlphanumeric(scalar) { return .literal(scalar) }
        switch scalar {
        case "t": return .literal("\t")
        case "n": return .literal("\n")
        case "r": return .literal("\r")
        case "f": return .literal("\u{0C}")
        case "v": return .literal("\u{0B}")
        case "a": return .literal("\u{07}")
        case "d", "D", "s", "S", "w", "W": return .set(perlClass(scalar))
        default:
            throw PatternProblem(message: "'\\\(Character(scalar))' is not a plain escape: Docker hands it to Go's regexp, "
                + "where it means something else or is an error; write the character without '\\'")
        }
    }

    private static func perlClass(_ scalar: Unicode.Scalar) -> CharacterSet {
        let digits: [ClosedRange<UInt32>] = [48...57]
        let space: [ClosedRange<UInt32>] = [9...10, 12...13, 32...32]
        let word: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122]
        switch scalar {
        case "d": return CharacterSet(negated: false, ranges: digits)
        case "D": return CharacterSet(negated: true, ranges: digits)
        case "s": return CharacterSet(negated: false, ranges: space)
        case "S": return CharacterSet(negated: true, ranges: space)
        case "w": return CharacterSet(negated: false, ranges: word)
        default: return CharacterSet(negated: true, ranges: word)
        }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// A `[...]` class starting after `[`; returns the set and the index after `]`.
    /// The glob check has already rejected empty, unclosed and half-open classes.
    private static func parseClass(_ scalars: [Unicode.Scalar], from start: Int) throws(PatternProblem) -> (CharacterSet, Int) {
        var index = start
        var set = CharacterSet(negated: false, ranges: [])
        if index < scalars.count, scalars[index] == "^" {
            set.negated = true
            index += 1
        }
        var first = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "]", !first { return (set, index + 1) }
            first = false
            if scalar == "*" || scalar == "?" {
                // Docker rewrites these into `[^/]*` even inside a class, which garbles the class.
                throw PatternProblem(message: "'\(Character(scalar))' inside [...] does not work in Docker's matcher; "
                    + "escape it as '\\\(Character(scalar))'")
            }
            if scalar == "[", index + 1 < scalars.count, scalars[index + 1] == ":" {
                throw PatternProblem(message: "POSIX classes such as [[:alpha:]] are not supported; list the characters or a range")
            }
            let low: UInt32
            if scalar == "\\", index + 1 < scalars.count {
                switch try escape(scalars[index + 1]) {
                case .literal(let literal): low = literal.value
                case .set(let perl):
                    // A Perl class inside a class: only the plain (non-negated) forms combine simply.
                    guard !perl.negated else {
                        throw PatternProblem(message: "negated classes such as \\D inside [...] are not supported")
                    }
                    set.ranges += perl.ranges
                    index += 2
                    continue
                default: low = scalars[index + 1].value
                }
                index += 2
            } else {
                low = scalar.value
                index += 1
            }
            var high = low
            if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
                let bound = scalars[index + 1]
                if bound == "\\", index + 2 < scalars.count {
                    guard case .literal(let literal) = try escape(scalars[index + 2]) else {
                        throw PatternProblem(message: "a class range must end in a single character")
                    }
                    high = literal.value
                    index += 3
                } else {
                    high = bound.value
                    index += 2
                }
                guard low <= high else {
                    throw PatternProblem(message: "range '\(Character(Unicode.Scalar(low) ?? "?"))-"
                        + "\(Character(Unicode.Scalar(high) ?? "?"))' is reversed; write the lower character first")
                }
            }
            set.ranges.append(low...high)
        }
        throw PatternProblem(message: "'[' is not closed by ']'; close the class or escape the bracket as '\\['")
    }

    // MARK: - Syntax check

    /// The check Docker makes with Go's `filepath.Match(pattern, ".")`: classes must be closed
    /// and non-empty, ranges complete, and a `\` must escape something.
    private static func validateGlob(_ scalars: [Unicode.Scalar]) throws(PatternProblem) {
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\\":
                guard index + 1 < scalars.count else {
                    throw PatternProblem(message: "a trailing '\\' escapes nothing; remove it or write '\\\\'")
                }
                index += 2
            case "[":
                index += 1
                if index < scalars.count, scalars[index] == "^" { index += 1 }
                var ranges = 0
                while true {
                    if index < scalars.count, scalars[index] == "]", ranges > 0 {
                        index += 1
                        break
                    }
                    try classCharacter(scalars, &index)
                    if index < scalars.count, scalars[index] == "-" {
                        index += 1
                        try classCharacter(scalars, &index)
                    }
                    ranges += 1
                }
            default:
                index += 1
            }
        }
    }

    /// Go's `getEsc`: one class character; `-` or `]` here, or the pattern ending, is malformed.
    private static func classCharacter(_ scalars: [Unicode.Scalar], _ index: inout Int) throws(PatternProblem) {
        let unclosed = PatternProblem(message: "'[' is not closed by ']'; close the class or escape the bracket as '\\['")
        guard index < scalars.count else { throw unclosed }
        switch scalars[index] {
        case "]":
            throw PatternProblem(message: "empty character class or range '[]'; put at least one character between the brackets")
        case "-":
            throw PatternProblem(message: "'-' must sit between two characters in a class; escape it as '\\-'")
        case "\\":
            index += 1
            guard index < scalars.count else { throw unclosed }
        default:
            break
        }
        index += 1
        guard index < scalars.count else { throw unclosed }
    }
}

/// Anchored matching of a token list against a path, memoised so `*` and `**` stay polynomial.
private struct TokenMatcher {
    let tokens: [DockerIgnorePattern.Token]
    let path: [Unicode.Scalar]
    /// 0 unknown, 1 matches, 2 fails; indexed by token * (path.count + 1) + position.
    private var memo: [UInt8]

    init(tokens: [DockerIgnorePattern.Token], path: [Unicode.Scalar]) {
        self.tokens = tokens
        self.path = path
        memo = Array(repeating: 0, count: (tokens.count + 1) * (path.count + 1))
    }

    mutating func matches() -> Bool { match(0, 0) }

    private mutating func match(_ token: Int, _ position: Int) -> Bool {
        guard token < tokens.count else { return position == path.count }
        let slot = token * (path.count + 1) + position
        if memo[slot] != 0 { return memo[slot] == 1 }
        let result = evaluate(token, position)
        memo[slot] = result ? 1 : 2
        return result
    }

    private mutating func evaluate(_ token: Int, _ position: Int) -> Bool {
        switch tokens[token] {
        case .literal(let scalar):
            return position < path.count && path[position] == scalar && match(token + 1, position + 1)
        case .one:
            return position < path.count && path[position] != "/" && match(token + 1, position + 1)
        case .set(let set):
            return position < path.count && set.contains(path[position]) && match(token + 1, position + 1)
        case .start:
            return position == 0 && match(token + 1, position)
        case .star:
            var end = position
            while true {
                if match(token + 1, end) { return true }
                guard end < path.count, path[end] != "/" else { return false }
                end += 1
            }
        case .anyRest:
            // Go's `.` stops at a newline.
            var end = position
            while true {
                if match(token + 1, end) { return true }
                guard end < path.count, path[end] != "\n" else { return false }
                end += 1
            }
        case .anyDirectories:
            if match(token + 1, position) { return true }
            var end = position
            while end < path.count, path[end] != "\n" {
                if path[end] == "/", match(token + 1, end + 1) { return true }
                end += 1
            }
            return false
        }
    }
}
