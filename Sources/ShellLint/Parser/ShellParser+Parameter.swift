import Basics

/// `${…}` with every operator.
extension ShellParser {
    /// Operators after the name, longest first so `:-` wins over `:`.
    static let parameterOperators: [ParameterOperation] = ParameterOperation.allCases.sorted {
        $0.rawValue.unicodeScalars.count > $1.rawValue.unicodeScalars.count
    }

    mutating func parseBracedParameter() throws(ParseFailure) -> WordPart {
        let start = pos
        try enterNesting()
        defer { depth -= 1 }
        constructs.append(("parameter expansion", start))
        advance(2)
        var isLength = false
        var isIndirect = false
        if peek() == "#", peek(1) != "}", peek(1).isNameCharacter || Self.specialParameters.contains(peek(1)) {
            // `${#x}` is a length; `${#}` and `${#-}`-like forms name `$#` itself.
            if !(peek(1) == "-" || peek(1) == "=" || peek(1) == "?" || peek(1) == "+") {
                isLength = true
                advance()
            }
        } else if peek() == "!", peek(1) != "}" {
            isIndirect = true
            advance()
        }
        let nameStart = pos
        if peek().isASCIILetter || peek() == "_" {
            while peek().isNameCharacter { advance() }
        } else if peek().isASCIIDigit {
            while peek().isASCIIDigit { advance() }
        } else if Self.specialParameters.contains(peek()) {
            advance()
        } else if peek() == "}" {
            // `${}` is a runtime "bad substitution", not a syntax error.
        } else if let foreign = try parseForeignParameter(start: start) {
            return foreign
        } else {
            throw failure("Expected a parameter name after ${ (bad substitution).")
        }
        let name = source.text(nameStart, pos)
        var subscriptText: String?
        if peek() == "[" {
            advance()
            let subscriptStart = pos
            var bracketDepth = 0
            while !atEnd {
                if peek() == "[" { bracketDepth += 1 }
                if peek() == "]" {
                    if bracketDepth == 0 { break }
                    bracketDepth -= 1
                }
                advance()
            }
            guard !atEnd else { throw failure("Expected ] to close the array index.") }
            subscriptText = source.text(subscriptStart, pos)
            advance()
        }
        var expansion = ParameterExpansion(name: name, braced: true, index: subscriptText,
                                           isLength: isLength, isIndirect: isIndirect)
        if isIndirect, peek() == "*" || peek() == "@", peek(1) == "}" {
            // `${!prefix*}`: names starting with the prefix.
            expansion.index = String(Character(peek()))
            advance()
        }
        if peek() != "}" {
            guard let operation = Self.parameterOperators.first(where: { lookingAt($0.rawValue) }) else {
                throw failure("Unexpected '\(describeHere())' in parameter expansion. Expected } or an operator.")
            }
            advance(operation.rawValue.unicodeScalars.count)
            expansion.operation = operation
            switch operation {
            case .replaceFirst, .replaceAll, .replacePrefix, .replaceSuffix:
                expansion.argument = try parseParameterArgument(stopAtSlash: true)
                if peek() == "/" {
                    advance()
                    expansion.replacement = try parseParameterArgument(stopAtSlash: false)
                }
            default:
                expansion.argument = try parseParameterArgument(stopAtSlash: false)
            }
        }
        guard peek() == "}" else {
            throw failure(atEnd ? "Expected } to close ${." : "Unexpected '\(describeHere())'. Expected }.")
        }
        advance()
        constructs.removeLast()
        return WordPart(.parameter(expansion), span: span(from: start))
    }

    /// `${=name}`, `${(f)name}`, `${~name}` …: zsh forms and typos that bash rejects at run time.
    /// ShellCheck reads them as an expansion of nothing it knows, so the rest of the script is
    /// still checked; all but `${=…}`, `${+…}`, `${%…}`, `${/…}` and `${:…}` get SC2296.
    /// Blanks and quotes after `${` are real syntax errors (`nil`).
    mutating func parseForeignParameter(start: Int) throws(ParseFailure) -> WordPart? {
        let first = peek()
        if first == "\0" || first == " " || first == "\t" || first == "\n" || first == "|"
            || first == "'" || first == "\"" || first == "`" { return nil }
        if !"=+%/:".unicodeScalars.contains(first) {
            findings.append(ParseFinding(
                code: "SC2296", severity: .error,
                message: "Parameter expansions can't start with \(Character(first)). Double check syntax.",
                span: source.span(pos, pos + 1)))
        }
        _ = try parseParameterArgument(stopAtSlash: false)
        guard peek() == "}" else { throw failure("Expected } to close ${.") }
        advance()
        constructs.removeLast()
        // The whole inside stands as the name: never a variable name, so no rule takes it for one.
        let expansion = ParameterExpansion(name: source.text(start + 2, pos - 1), braced: true)
        return WordPart(.parameter(expansion), span: span(from: start))
    }

    /// The word after a `${x OP` operator, up to the closing brace (or `/` for patterns). As in
    /// bash, a `{` inside does not pair with a `}`: the first unquoted, unescaped `}` closes.
    mutating func parseParameterArgument(stopAtSlash: Bool) throws(ParseFailure) -> ShellWord {
        let start = pos
        var builder = PartBuilder()
        while !atEnd {
            let scalar = peek()
            if scalar == "}" || (scalar == "/" && stopAtSlash) { break }
            if try parseQuotedOrExpansion(into: &builder) { continue }
            builder.append(scalar, at: pos)
            advance()
        }
        builder.flush(source, upTo: pos)
        return ShellWord(parts: builder.parts, span: span(from: start))
    }
}
