import Basics

/// Words: quoting, escapes, parameter expansion, command and arithmetic substitution.
extension ShellParser {
    /// Collects unquoted text into literal parts between the quoted and expanded ones.
    struct PartBuilder {
        var parts: [WordPart] = []
        var literal = String.UnicodeScalarView()
        var literalStart = 0

        mutating func append(_ scalar: Unicode.Scalar, at offset: Int) {
            if literal.isEmpty { literalStart = offset }
            literal.append(scalar)
        }

        mutating func flush(_ source: SourceText, upTo offset: Int) {
            guard !literal.isEmpty else { return }
            parts.append(WordPart(.literal(String(literal)), span: source.span(literalStart, offset)))
            literal = String.UnicodeScalarView()
        }

        mutating func add(_ part: WordPart, _ source: SourceText, at offset: Int) {
            flush(source, upTo: offset)
            parts.append(part)
        }
    }

    /// An unquoted word (may be empty when the next character ends words).
    mutating func parseWord() throws(ParseFailure) -> ShellWord {
        let start = pos
        var builder = PartBuilder()
        if (peek() == "<" || peek() == ">"), peek(1) == "(" {
            let isInput = peek() == "<"
            advance(2)
            let list = try parseSubstitutionBody(name: "process substitution", openedAt: start)
            builder.add(WordPart(.processSubstitution(list, isInput: isInput), span: span(from: start)),
                        source, at: start)
        }
        while !atEnd {
            let scalar = peek()
            if Self.isWordBreak(scalar) {
                if scalar == "(", dialect == .bash || dialect == .ksh,
                   let last = builder.literal.last, "@!+*?".unicodeScalars.contains(last) {
                    try readExtglobGroup(into: &builder)
                    continue
                }
                break
            }
            if try parseQuotedOrExpansion(into: &builder) { continue }
            builder.append(scalar, at: pos)
            advance()
        }
        builder.flush(source, upTo: pos)
        return ShellWord(parts: builder.parts, span: span(from: start))
    }

    /// `@(a|b)` and friends: kept as literal text, balanced parentheses included.
    mutating func readExtglobGroup(into builder: inout PartBuilder) throws(ParseFailure) {
        var parenDepth = 0
        while !atEnd {
            let scalar = peek()
            if scalar == "(" { parenDepth += 1 }
            if scalar == ")" { parenDepth -= 1 }
            if scalar == "\n" { break }
            if scalar != "(", scalar != ")", try parseQuotedOrExpansion(into: &builder) { continue }
            builder.append(scalar, at: pos)
            advance()
            if parenDepth == 0 { return }
        }
        throw failure("Expected ) to close the extended glob.")
    }

    /// Handles `\`, quotes, `$` and backticks shared by unquoted contexts. Returns whether it
    /// consumed anything.
    mutating func parseQuotedOrExpansion(into builder: inout PartBuilder) throws(ParseFailure) -> Bool {
        let start = pos
        switch peek() {
        case "\\":
            if peek(1) == "\n" {
                advance(2)
                return true
            }
            if pos + 1 >= end {
                builder.append("\\", at: pos)
                advance()
                return true
            }
            let escaped = String(Character(peek(1)))
            advance(2)
            builder.add(WordPart(.escaped(escaped), span: span(from: start)), source, at: start)
            return true
        case "'":
            let part = try parseSingleQuoted()
            builder.add(part, source, at: start)
            return true
        case "\"":
            let part = try parseDoubleQuoted(localized: false)
            builder.add(part, source, at: start)
            return true
        case "$":
            guard let part = try parseDollar() else {
                builder.append("$", at: pos)
                advance()
                return true
            }
            builder.add(part, source, at: start)
            return true
        case "`":
            let part = try parseBackquoted()
            builder.add(part, source, at: start)
            return true
        default:
            return false
        }
    }

    mutating func parseSingleQuoted() throws(ParseFailure) -> WordPart {
        let start = pos
        advance()
        let contentStart = pos
        while !atEnd, peek() != "'" { advance() }
        guard !atEnd else {
            constructs.append(("single quoted string", start))
            throw failure("Expected end of single quoted string.")
        }
        let text = source.text(contentStart, pos)
        advance()
        return WordPart(.singleQuoted(text), span: span(from: start))
    }

    /// `"…"`; the cursor is on the opening quote.
    mutating func parseDoubleQuoted(localized: Bool) throws(ParseFailure) -> WordPart {
        let start = localized ? pos - 1 : pos
        try enterNesting()
        defer { depth -= 1 }
        advance()
        var builder = PartBuilder()
        while true {
            guard !atEnd else {
                constructs.append(("double quoted string", start))
                throw failure("Expected end of double quoted string.")
            }
            if peek() == "\"" {
                builder.flush(source, upTo: pos)
                advance()
                return WordPart(.doubleQuoted(builder.parts, localized: localized), span: span(from: start))
            }
            try parseLiveText(&builder, escapable: ["$", "`", "\"", "\\"], joinsLines: true)
        }
    }

    /// The body of an unquoted here-doc: expansions and `\$`-style escapes; quotes are text.
    mutating func parseHeredocBody() throws(ParseFailure) -> [WordPart] {
        var builder = PartBuilder()
        while !atEnd {
            try parseLiveText(&builder, escapable: ["$", "`", "\\"], joinsLines: false)
        }
        builder.flush(source, upTo: pos)
        return builder.parts
    }

    /// One piece of text in which `$…`, backquotes and backslash escapes of `escapable` are
    /// live: double-quoted strings (where `\<newline>` also joins lines) and unquoted here-doc
    /// bodies share this.
    private mutating func parseLiveText(_ builder: inout PartBuilder, escapable: Set<Unicode.Scalar>,
                                        joinsLines: Bool) throws(ParseFailure) {
        let scalar = peek()
        let here = pos
        switch scalar {
        case "\\":
            let next = peek(1)
            if joinsLines && next == "\n" {
                advance(2)
            } else if escapable.contains(next) {
                advance(2)
                builder.add(WordPart(.escaped(String(Character(next))), span: span(from: here)), source, at: here)
            } else {
                builder.append(scalar, at: pos)
                advance()
            }
        case "$":
            if let part = try parseDollar(quoted: true) {
                builder.add(part, source, at: here)
            } else {
                builder.append(scalar, at: pos)
                advance()
            }
        case "`":
            builder.add(try parseBackquoted(), source, at: here)
        default:
            builder.append(scalar, at: pos)
            advance()
        }
    }

    static let specialParameters: Set<Unicode.Scalar> = ["@", "*", "#", "?", "-", "$", "!", "0"]

    /// An expansion starting with `$`, or `nil` when the `$` is literal. Inside double quotes
    /// and here-docs `$'` and `$"` are plain text (`"a$"` ends with a dollar sign).
    mutating func parseDollar(quoted: Bool = false) throws(ParseFailure) -> WordPart? {
        let start = pos
        let next = peek(1)
        if quoted, next == "'" || next == "\"" { return nil }
        switch next {
        case "{":
            return try parseBracedParameter()
        case "(":
            if peek(2) == "(" {
                let saved = pos
                let savedFindings = findings.count
                advance(3)
                if let parts = try parseArithmeticBody(closer: ")") {
                    let expression = ArithmeticExpression(parts: parts, span: span(from: start))
                    return WordPart(.arithmetic(expression), span: span(from: start))
                }
                pos = saved
                findings.removeSubrange(savedFindings...)
                // Read as `$( (…) … )`, as bash does; other shells may not.
                findings.append(ParseFinding(
                    code: "SC1102", severity: .error,
                    message: "Shells disambiguate $(( differently or not at all. For $(command substitution), add space after $( . For $((arithmetics)), fix parsing errors.",
                    span: source.span(start, start + 3)))
            }
            advance(2)
            let list = try parseSubstitutionBody(name: "command expansion", openedAt: start)
            return WordPart(.commandSubstitution(list, backquoted: false), span: span(from: start))
        case "[":
            advance(2)
            guard let parts = try parseArithmeticBody(closer: "]") else {
                throw failure("Expected ] to close $[..].")
            }
            let expression = ArithmeticExpression(parts: parts, span: span(from: start))
            return WordPart(.arithmetic(expression), span: span(from: start))
        case "'":
            advance(2)
            let contentStart = pos
            while !atEnd, peek() != "'" {
                advance(peek() == "\\" ? 2 : 1)
            }
            guard !atEnd else {
                constructs.append(("$'..' string", start))
                throw failure("Expected end of $'..' string.")
            }
            let text = source.text(contentStart, pos)
            advance()
            return WordPart(.ansiCQuoted(text), span: span(from: start))
        case "\"":
            advance()
            return try parseDoubleQuoted(localized: true)
        default:
            if next.isASCIILetter || next == "_" {
                advance()
                let nameStart = pos
                while peek().isNameCharacter { advance() }
                let name = source.text(nameStart, pos)
                return WordPart(.parameter(ParameterExpansion(name: name, braced: false)), span: span(from: start))
            }
            if next.isASCIIDigit || Self.specialParameters.contains(next) {
                advance(2)
                let name = String(Character(next))
                return WordPart(.parameter(ParameterExpansion(name: name, braced: false)), span: span(from: start))
            }
            return nil
        }
    }

    /// The list inside `$(…)` or `<(…)`; the cursor is after the opening parenthesis.
    mutating func parseSubstitutionBody(name: String, openedAt start: Int) throws(ParseFailure) -> CommandList {
        try enterNesting()
        defer { depth -= 1 }
        constructs.append((name, start))
        let list = try parseList(stops: [])
        skipLinebreaks()
        guard peek() == ")" else {
            throw atEnd ? failure("Expected end of $(..) expression.") : unexpected("Expected ) to close the \(name).")
        }
        advance()
        constructs.removeLast()
        return list
    }

    /// Text up to the closing `))` (or `]` for `$[`), with expansions as parts; `nil` if a lone
    /// `)` comes first (then the text was a nested subshell, not arithmetic).
    mutating func parseArithmeticBody(closer: Unicode.Scalar) throws(ParseFailure) -> [WordPart]? {
        try enterNesting()
        defer { depth -= 1 }
        var builder = PartBuilder()
        var nesting = 0
        while !atEnd {
            let scalar = peek()
            if closer == ")" {
                if scalar == "(" { nesting += 1 }
                if scalar == ")" {
                    if nesting == 0 {
                        guard peek(1) == ")" else { return nil }
                        builder.flush(source, upTo: pos)
                        advance(2)
                        return builder.parts
                    }
                    nesting -= 1
                }
            } else {
                if scalar == "[" { nesting += 1 }
                if scalar == "]" {
                    if nesting == 0 {
                        builder.flush(source, upTo: pos)
                        advance()
                        return builder.parts
                    }
                    nesting -= 1
                }
            }
            if try parseQuotedOrExpansion(into: &builder) { continue }
            builder.append(scalar, at: pos)
            advance()
        }
        return nil
    }

    /// `` `…` ``: the body is unescaped and parsed on its own, with offsets mapped back.
    mutating func parseBackquoted() throws(ParseFailure) -> WordPart {
        let start = pos
        try enterNesting()
        defer { depth -= 1 }
        advance()
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        while true {
            guard !atEnd else {
                constructs.append(("backtick expansion", start))
                throw failure("Expected end of backtick expansion (did you forget a closing `?).")
            }
            let scalar = peek()
            if scalar == "`" { break }
            if scalar == "\\", peek(1) == "$" || peek(1) == "`" || peek(1) == "\\" {
                offsets.append(pos + 1)
                scalars.append(peek(1))
                advance(2)
                continue
            }
            offsets.append(pos)
            scalars.append(scalar)
            advance()
        }
        offsets.append(pos)
        advance()
        let inner = SourceText(rewritten: scalars, offsets: offsets, of: source)
        var parser = ShellParser(source: inner, dialect: dialect, depth: depth)
        do {
            try parser.parseProgram()
        } catch {
            var failure = error
            failure.constructs = constructs.map { ($0.name, location($0.offset)) }
                + [("backtick expansion", location(start))] + failure.constructs
            throw failure
        }
        comments += parser.comments
        findings += parser.findings
        let list = CommandList(items: parser.topLevel, span: inner.span(0, inner.count))
        return WordPart(.commandSubstitution(list, backquoted: true), span: span(from: start))
    }
}
