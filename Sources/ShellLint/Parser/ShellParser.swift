import Basics

/// A recursive-descent parser for POSIX sh, bash, dash, ash and ksh scripts.
///
/// It works on Unicode scalars so columns match `SourceLocation`. It never traps: every loop
/// consumes input or stops, nesting is bounded by `maxDepth`, and a syntax error ends parsing
/// with ShellCheck-style findings at the position of the problem.
public struct ShellParser {
    /// Deeper nesting than this is reported as a parse error instead of risking the stack.
    static let maxDepth = 100

    let source: SourceText
    let dialect: ShellDialect
    var pos = 0
    var end: Int
    var depth: Int
    var findings: [ParseFinding] = []
    var comments: [Comment] = []
    /// Offset of a newline that ends a line with here-docs -> offset where parsing resumes.
    var heredocResume: [Int: Int] = [:]
    /// Open constructs for SC1073 / SC1009, innermost last.
    var constructs: [(name: String, offset: Int)] = []
    /// The top-level commands parsed so far, kept when a later one fails.
    var topLevel: [AndOrList] = []

    init(source: SourceText, dialect: ShellDialect, depth: Int = 0) {
        self.source = source
        self.dialect = dialect
        self.end = source.count
        self.depth = depth
    }

    /// Parses a whole script. Never throws; syntax errors come back as findings.
    public static func parse(_ text: String, dialect: ShellDialect = .bash) -> ShellParseResult {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        var carriageReturns: [Int] = []
        let input = Array(text.unicodeScalars)
        for (index, scalar) in input.enumerated() {
            if scalar == "\r", index + 1 < input.count, input[index + 1] == "\n" {
                // A CR before LF is dropped (and reported) so DOS files still parse.
                carriageReturns.append(scalars.count)
                continue
            }
            // NUL is the parser's end-of-input sentinel; keep real NULs from looking like it.
            scalars.append(scalar == "\0" ? "\u{FFFD}" : scalar)
        }
        var parser = ShellParser(source: SourceText(scalars), dialect: dialect)
        var shebang: String?
        if scalars.starts(with: ["#", "!"]) {
            let lineEnd = scalars.firstIndex(of: "\n") ?? scalars.count
            shebang = parser.source.text(0, lineEnd)
        }
        for offset in carriageReturns {
            parser.findings.append(ParseFinding(
                code: "SC1017", severity: .error,
                message: "Literal carriage return. Run script through tr -d '\\r' .",
                span: parser.source.span(offset, offset + 1)))
        }
        var isComplete = true
        do {
            try parser.parseProgram()
        } catch {
            isComplete = false
            parser.findings += error.findings
        }
        let body = CommandList(items: parser.topLevel, span: parser.source.span(0, parser.source.count))
        let script = ShellScript(shebang: shebang, body: body, comments: parser.comments)
        return ShellParseResult(script: script, findings: parser.findings, isComplete: isComplete)
    }

    mutating func parseProgram() throws(ParseFailure) {
        while true {
            skipLinebreaks()
            if atEnd { return }
            if let item = try parseListItem(stops: []) {
                topLevel.append(item)
            } else {
                throw strayToken()
            }
        }
    }

    // MARK: - Characters

    var atEnd: Bool { pos >= end }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar {
        let index = pos + ahead
        return index < end && index >= 0 ? source.scalars[index] : "\0"
    }

    /// Moves one scalar on; after a newline that ends a line with here-docs, jumps past their bodies.
    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where pos < end {
            let scalar = source.scalars[pos]
            pos += 1
            if scalar == "\n", let resume = heredocResume[pos - 1] {
                pos = max(pos, min(resume, end))
            }
        }
    }

    func span(from start: Int) -> SourceSpan { source.span(start, pos) }

    func location(_ offset: Int) -> SourceLocation { source.location(offset) }

    func lookingAt(_ text: String) -> Bool {
        var index = 0
        for scalar in text.unicodeScalars {
            if peek(index) != scalar { return false }
            index += 1
        }
        return true
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    /// Characters that end an unquoted word.
    static func isWordBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", ";", "&", "|", "(", ")", "<", ">", "\0": true
        default: false
        }
    }

    /// Skips blanks, line continuations and a comment (up to, not including, the newline).
    mutating func skipBlanks() {
        while !atEnd {
            let scalar = peek()
            if Self.isBlank(scalar) {
                advance()
            } else if scalar == "\\", peek(1) == "\n" {
                advance(2)
            } else if scalar == "#" {
                let start = pos
                while !atEnd, peek() != "\n" { pos += 1 }
                comments.append(Comment(text: source.text(start + 1, pos), span: span(from: start)))
            } else {
                return
            }
        }
    }

    /// Skips blanks, comments and newlines.
    mutating func skipLinebreaks() {
        while true {
            skipBlanks()
            if peek() == "\n" { advance() } else { return }
        }
    }

    // MARK: - Errors

    func failure(_ message: String, at offset: Int? = nil,
                 specific: (code: String, message: String, offset: Int)? = nil) -> ParseFailure {
        ParseFailure(
            message: message, location: location(offset ?? pos),
            specific: specific.map { ($0.code, $0.message, location($0.offset)) },
            constructs: constructs.map { ($0.name, location($0.offset)) })
    }

    /// A failure naming what is at the current position.
    func unexpected(_ expectation: String = "") -> ParseFailure {
        let what: String
        if atEnd {
            what = "Unexpected end of file."
        } else if let keyword = peekReservedWord() {
            what = "Unexpected keyword/token '\(keyword)'."
        } else {
            let scalar = peek()
            what = scalar == "\n" ? "Unexpected newline." : "Unexpected '\(Character(scalar))'."
        }
        return failure(expectation.isEmpty ? what : "\(what) \(expectation)")
    }

    /// A closing keyword or `)` with nothing open to close.
    func strayToken() -> ParseFailure {
        var result = failure("Unexpected '\(describeHere())'.", specific: (
            "SC1089", "Parsing stopped here. Is this keyword correctly matched up?", pos))
        result.isSpecificOnly = true
        return result
    }

    mutating func enterNesting() throws(ParseFailure) {
        depth += 1
        if depth > Self.maxDepth {
            throw failure("Nesting is too deep to check (more than \(Self.maxDepth) levels).")
        }
    }

    // MARK: - Reserved words

    static let reservedWords: Set<String> = [
        "if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "while", "until", "for",
        "select", "in", "function", "{", "}", "!", "[[", "]]",
    ]

    /// Words that close a construct; one of them where a command should start is an error
    /// unless the enclosing construct is waiting for it.
    static let closingWords: Set<String> = ["then", "elif", "else", "fi", "do", "done", "esac", "}"]

    /// The reserved word at the current position, if the next token is one.
    func peekReservedWord() -> String? {
        // Most tokens are not keywords; reject them on the first character without building text.
        switch peek() {
        case "i", "t", "e", "f", "d", "c", "w", "u", "s", "{", "}", "!", "[", "]": break
        default: return nil
        }
        var index = 0
        var text = String.UnicodeScalarView()
        while index < 9 {
            let scalar = peek(index)
            if Self.isWordBreak(scalar) { break }
            // `{\` then a line starting with blanks: the continuation vanishes and the word ends.
            if scalar == "\\", peek(index + 1) == "\n", Self.isWordBreak(peek(index + 2)) { break }
            text.append(scalar)
            index += 1
        }
        let word = String(text)
        guard index > 0, index < 9, Self.reservedWords.contains(word) else { return nil }
        // `[[`/`]]`/`!`/braces are reserved only as whole words, which the loop already ensured.
        return word
    }

    mutating func consumeReservedWord(_ word: String) -> Bool {
        guard peekReservedWord() == word else { return false }
        advance(word.unicodeScalars.count)
        return true
    }

    mutating func expectReservedWord(_ word: String, for opener: String, at openerOffset: Int,
                                     code: (open: String, close: String)? = nil) throws(ParseFailure) {
        skipLinebreaks()
        if consumeReservedWord(word) { return }
        if let code {
            throw failure(
                "Expected '\(word)'." + (atEnd ? "" : " Found '\(describeHere())'."),
                specific: (code.open, "Couldn't find '\(word)' for this '\(opener)'.", openerOffset))
                .with(second: (code.close, "Expected '\(word)' matching previously mentioned '\(opener)'.",
                               location(pos)))
        }
        throw unexpected("Expected '\(word)'.")
    }

    func describeHere() -> String {
        if let keyword = peekReservedWord() { return keyword }
        return atEnd ? "end of file" : String(Character(peek()))
    }
}

extension ParseFailure {
    /// Adds a second specific finding (ShellCheck pairs SC1046 with SC1047, SC1061 with SC1062).
    func with(second: (code: String, message: String, location: SourceLocation)) -> ParseFailure {
        var copy = self
        copy.extra.append(second)
        return copy
    }
}
