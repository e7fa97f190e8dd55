import Basics

/// A parsed supervisord configuration file: its sections in file order, its full-line comments
/// (where pragmas live) and the lines that did not parse.
struct SupervisorConfig: Sendable {
    var sections: [ConfigSection] = []
    var comments: [ConfigComment] = []
    var syntaxErrors: [SyntaxError] = []
}

/// `[kind:name]` and the keys under it.
struct ConfigSection: Sendable {
    /// The text between the brackets, as written (supervisord does not trim it).
    var header: String
    /// From `[` to `]`.
    var headerSpan: SourceSpan
    /// The text between the brackets.
    var nameSpan: SourceSpan
    var entries: [ConfigEntry] = []

    var line: Int { headerSpan.start.line }

    /// `program` for `[program:web]`, `supervisord` for `[supervisord]`.
    var kind: String {
        guard let colon = header.firstIndex(of: ":") else { return header }
        return String(header[..<colon])
    }

    /// `web` for `[program:web]`; nil when the header has no colon.
    var name: String? {
        guard let colon = header.firstIndex(of: ":") else { return nil }
        return String(header[header.index(after: colon)...])
    }
}

/// One `key = value` with its continuation lines.
struct ConfigEntry: Sendable {
    /// Lowercased, as supervisord's parser reads keys.
    var key: String
    var keySpan: SourceSpan
    /// The value without comments; continuation lines joined with "\n".
    var value: String
    var valueSpan: SourceSpan
    /// Where each line of the value starts, to turn offsets in `value` into positions.
    var pieces: [ValuePiece]
    /// Every `%` expansion in the value, well-formed or not.
    var expansions: [Expansion] = []

    var line: Int { keySpan.start.line }

    /// The position of the `offset`-th Unicode scalar of `value`.
    func location(atScalarOffset offset: Int) -> SourceLocation {
        var best = pieces.first ?? ValuePiece(offset: 0, count: 0, start: valueSpan.start)
        for piece in pieces where piece.offset <= offset { best = piece }
        return SourceLocation(line: best.start.line, column: best.start.column + min(offset - best.offset, best.count))
    }

    /// The span of scalars `range` of `value`.
    func span(ofScalars range: Range<Int>) -> SourceSpan {
        SourceSpan(start: location(atScalarOffset: range.lowerBound), end: location(atScalarOffset: range.upperBound))
    }
}

/// One physical line of a value: where it starts in the joined value and in the file.
struct ValuePiece: Sendable {
    var offset: Int
    var count: Int
    var start: SourceLocation
}

/// A full-line `;` or `#` comment; `text` follows the comment character.
struct ConfigComment: Sendable {
    var text: String
    var span: SourceSpan
}

/// A line supervisord's parser would reject.
struct SyntaxError: Sendable {
    var message: String
    var location: SourceLocation
}
