import Basics

/// `[[ … ]]`: its own little grammar with `&&`, `||`, `!`, parentheses and test operators.
extension ShellParser {
    static let unaryTestOperators: Set<String> = [
        "-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-p", "-r", "-s", "-t", "-u", "-w",
        "-x", "-O", "-G", "-L", "-S", "-N", "-n", "-z", "-o", "-v", "-R",
    ]
    static let binaryTestOperators: Set<String> = [
        "=", "==", "!=", "=~", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef",
    ]

    mutating func parseDoubleBracket() throws(ParseFailure) -> CommandKind {
        let start = pos
        constructs.append(("test expression", start))
        advance(2)
        skipTestSpace()
        if atTestClose() {
            advance(2)
            constructs.removeLast()
            return .doubleBracket(.empty)
        }
        let expression = try parseTestOr()
        skipTestSpace()
        guard atTestClose() else { throw unexpected("Expected ]] to close the test.") }
        advance(2)
        constructs.removeLast()
        return .doubleBracket(expression)
    }

    mutating func skipTestSpace() {
        while true {
            skipBlanks()
            if peek() == "\n" { advance() } else { return }
        }
    }

    func atTestClose() -> Bool {
        peek() == "]" && peek(1) == "]" && Self.isWordBreak(peek(2))
    }

    mutating func parseTestOr() throws(ParseFailure) -> TestExpression {
        try enterNesting()
        defer { depth -= 1 }
        var expression = try parseTestAnd()
        while true {
            skipTestSpace()
            guard lookingAt("||") else { return expression }
            advance(2)
            expression = .or(expression, try parseTestAnd())
        }
    }

    mutating func parseTestAnd() throws(ParseFailure) -> TestExpression {
        var expression = try parseTestNot()
        while true {
            skipTestSpace()
            guard lookingAt("&&") else { return expression }
            advance(2)
            expression = .and(expression, try parseTestNot())
        }
    }

    mutating func parseTestNot() throws(ParseFailure) -> TestExpression {
        skipTestSpace()
        if peek() == "!", Self.isWordBreak(peek(1)) || Self.isBlank(peek(1)) {
            advance()
            try enterNesting()
            defer { depth -= 1 }
            return .not(try parseTestNot())
        }
        return try parseTestPrimary()
    }

    mutating func parseTestPrimary() throws(ParseFailure) -> TestExpression {
        skipTestSpace()
        if peek() == "(" {
            advance()
            let inner = try parseTestOr()
            skipTestSpace()
            guard peek() == ")" else { throw unexpected("Expected ) in the test expression.") }
            advance()
            return .group(inner)
        }
        let operandStart = pos
        let first = try parseTestOperand()
        skipTestSpace()
        if let op = first.literalText, Self.unaryTestOperators.contains(op), !atTestOperandEnd(),
           peekBinaryTestOperator() == nil {
            let operand = try parseTestOperand()
            return .unary(op: op, operand: operand, span: span(from: operandStart))
        }
        guard let op = peekBinaryTestOperator() else { return .word(first) }
        let opStart = pos
        advance(op.unicodeScalars.count)
        let opSpan = span(from: opStart)
        skipTestSpace()
        let second = op == "=~" ? try parseRegexOperand() : try parseTestOperand()
        return .binary(lhs: first, op: op, rhs: second, opSpan: opSpan)
    }

    func atTestOperandEnd() -> Bool {
        atEnd || atTestClose() || lookingAt("&&") || lookingAt("||") || peek() == ")"
    }

    func peekBinaryTestOperator() -> String? {
        if peek() == "<" || peek() == ">" { return String(Character(peek())) }
        var index = 0
        var text = String.UnicodeScalarView()
        while index < 4, !Self.isWordBreak(peek(index)) {
            text.append(peek(index))
            index += 1
        }
        let word = String(text)
        return Self.binaryTestOperators.contains(word) && Self.isWordBreak(peek(index)) ? word : nil
    }

    mutating func parseTestOperand() throws(ParseFailure) -> ShellWord {
        skipTestSpace()
        if atTestOperandEnd() { throw unexpected("Expected a test operand.") }
        let before = pos
        let word = try parseWord()
        if pos == before { throw unexpected("Expected a test operand.") }
        return word
    }

    /// The right side of `=~`: parentheses and `|` belong to the regex, up to a blank at depth 0.
    mutating func parseRegexOperand() throws(ParseFailure) -> ShellWord {
        let start = pos
        var builder = PartBuilder()
        var parenDepth = 0
        while !atEnd {
            let scalar = peek()
            if parenDepth == 0 {
                if Self.isBlank(scalar) || scalar == "\n" || scalar == ")" { break }
                if lookingAt("&&") || lookingAt("||") { break }
            }
            if scalar == "(" { parenDepth += 1 }
            if scalar == ")" { parenDepth -= 1 }
            if scalar == "\n" { break }
            if try parseQuotedOrExpansion(into: &builder) { continue }
            builder.append(scalar, at: pos)
            advance()
        }
        builder.flush(source, upTo: pos)
        if pos == start { throw unexpected("Expected a regular expression after =~.") }
        return ShellWord(parts: builder.parts, span: span(from: start))
    }
}
