/// The grammar of the words between `[` and `]`: `!`, `( … )`, `-a`, `-o`, unary and binary
/// operators over operands. Used to find the word where a test stops making sense, as in
/// `[ "$(cmd)" "$@" ]`, which the shell rejects with "too many arguments".
enum TestGrammar {
    static let unaryOperators: Set<String> = [
        "-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-p", "-r", "-s", "-t", "-u", "-w", "-x",
        "-G", "-L", "-N", "-O", "-S", "-n", "-z", "-o", "-v", "-R",
    ]
    static let binaryOperators: Set<String> = [
        "=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef", "=~",
    ]

    /// The index of the first operand the grammar has no place for, and whether it follows a
    /// lone operand and starts with a quote (ShellCheck then expected an operator inside it).
    /// `nil` when the words form a test, or when they end early (left to the shell).
    static func firstStrayOperand(_ words: [ShellWord]) -> (index: Int, expectsOperator: Bool)? {
        // Quoted words are operands; `\(` and `\!` are the operators written to pass the shell.
        let tokens = words.map { word in word.parts.contains(where: isQuote) ? nil : word.literalText }
        var parser = Parser(tokens: tokens)
        guard let end = parser.orExpression(0), end < words.count else { return nil }
        let quoted = words[end].parts.first.map(isQuote) ?? false
        return (end, parser.lastWasLoneOperand && quoted)
    }

    static func isQuote(_ part: WordPart) -> Bool {
        switch part.kind {
        case .singleQuoted, .doubleQuoted, .ansiCQuoted: true
        default: false
        }
    }

    private struct Parser {
        let tokens: [String?]
        var lastWasLoneOperand = false

        func token(_ index: Int) -> String? { index < tokens.count ? tokens[index] : nil }

        /// Each returns the index after what it read, or `nil` when the words ran out.
        mutating func orExpression(_ start: Int) -> Int? {
            guard var index = andExpression(start) else { return nil }
            while token(index) == "-o" {
                guard let next = andExpression(index + 1) else { return nil }
                index = next
            }
            return index
        }

        mutating func andExpression(_ start: Int) -> Int? {
            guard var index = primary(start) else { return nil }
            while token(index) == "-a" {
                guard let next = primary(index + 1) else { return nil }
                index = next
            }
            return index
        }

        mutating func primary(_ index: Int) -> Int? {
            guard index < tokens.count else { return nil }
            lastWasLoneOperand = false
            let current = token(index)
            if current == "!" { return primary(index + 1) }
            if current == "(" {
                guard let inner = orExpression(index + 1), token(inner) == ")" else { return nil }
                return inner + 1
            }
            if let current, unaryOperators.contains(current), index + 1 < tokens.count {
                return index + 2
            }
            if let next = token(index + 1), binaryOperators.contains(next) {
                return index + 2 < tokens.count ? index + 3 : nil
            }
            lastWasLoneOperand = true
            return index + 1
        }
    }
}
