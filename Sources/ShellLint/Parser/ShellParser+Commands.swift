import Basics

/// Lists, pipelines, simple commands, assignments and redirections.
extension ShellParser {
    /// Whether a list must stop here: end of input, `)`, a case terminator, or a closing keyword.
    func atListEnd(stops: Set<String>) -> Bool {
        if atEnd { return true }
        let scalar = peek()
        if scalar == ")" { return true }
        if scalar == ";", peek(1) == ";" || peek(1) == "&" { return true }
        if let word = peekReservedWord(), stops.contains(word) { return true }
        return false
    }

    /// Commands separated by `;`, `&` and newlines up to one of `stops`, `)` or the end.
    mutating func parseList(stops: Set<String>) throws(ParseFailure) -> CommandList {
        let start = pos
        var items: [AndOrList] = []
        while true {
            skipLinebreaks()
            if atListEnd(stops: stops) { break }
            guard let item = try parseListItem(stops: stops) else { break }
            items.append(item)
        }
        return CommandList(items: items, span: span(from: start))
    }

    /// One and-or list and the separator after it; `nil` when none starts here.
    mutating func parseListItem(stops: Set<String>) throws(ParseFailure) -> AndOrList? {
        skipBlanks()
        if atListEnd(stops: stops) { return nil }
        if let word = peekReservedWord(), Self.closingWords.contains(word) {
            throw strayToken()
        }
        var item = try parseAndOr()
        skipBlanks()
        let scalar = peek()
        if scalar == "&", peek(1) != "&", peek(1) != ">" {
            advance()
            item.isBackground = true
        } else if scalar == ";", peek(1) != ";", peek(1) != "&" {
            advance()
        } else if scalar == "\n" {
            advance()
        } else if !atListEnd(stops: stops) {
            throw unexpected()
        }
        return item
    }

    mutating func parseAndOr() throws(ParseFailure) -> AndOrList {
        let start = pos
        let first = try parsePipeline()
        var rest: [(op: AndOrOperator, pipeline: Pipeline)] = []
        while true {
            skipBlanks()
            let op: AndOrOperator
            if lookingAt("&&") { op = .and } else if lookingAt("||") { op = .or } else { break }
            advance(2)
            skipLinebreaks()
            rest.append((op, try parsePipeline()))
        }
        return AndOrList(first: first, rest: rest, isBackground: false, span: span(from: start))
    }

    mutating func parsePipeline() throws(ParseFailure) -> Pipeline {
        skipBlanks()
        let start = pos
        var negated = false
        while peekReservedWord() == "!" {
            advance()
            negated = true
            skipBlanks()
        }
        var timed = false
        if lookingAt("time"), Self.isBlank(peek(4)) {
            // `time` is a reserved word that prefixes a whole pipeline, compound commands included.
            let saved = pos
            let savedComments = comments.count
            advance(4)
            skipBlanks()
            if lookingAt("-p"), Self.isWordBreak(peek(2)) {
                advance(2)
                skipBlanks()
            }
            if atEnd || atCommandEnd() {
                pos = saved
                comments.removeSubrange(savedComments...)
            } else {
                timed = true
            }
        }
        var commands = [try parseCommand()]
        while true {
            skipBlanks()
            guard peek() == "|", peek(1) != "|" else { break }
            advance()
            if peek() == "&" { advance() }
            skipLinebreaks()
            commands.append(try parseCommand())
        }
        return Pipeline(isNegated: negated, commands: commands, span: span(from: start), isTimed: timed)
    }

    mutating func parseCommand() throws(ParseFailure) -> Command {
        skipBlanks()
        try enterNesting()
        defer { depth -= 1 }
        let start = pos
        var kind: CommandKind
        switch peekReservedWord() {
        case "if": kind = try parseIf()
        case "while": kind = try parseWhile(isUntil: false)
        case "until": kind = try parseWhile(isUntil: true)
        case "for": kind = try parseFor(isSelect: false)
        case "select": kind = try parseFor(isSelect: true)
        case "case": kind = try parseCase()
        case "{": kind = try parseGroup()
        case "[[": kind = try parseDoubleBracket()
        case "function": kind = try parseFunctionKeyword()
        case let word? where Self.closingWords.contains(word) || word == "]]" || word == "in":
            if word == "]]" || word == "in" {
                return try parseSimpleCommand()
            }
            throw strayToken()
        default:
            if peek() == "(" {
                if peek(1) == "(", let arithmetic = try parseArithmeticCommand() {
                    kind = .arithmetic(arithmetic)
                } else {
                    kind = try parseSubshell()
                }
            } else if let function = try parsePosixFunction() {
                kind = function
            } else {
                return try parseSimpleCommand()
            }
        }
        var redirections: [Redirection] = []
        while true {
            skipBlanks()
            guard let redirection = try parseRedirection() else { break }
            redirections.append(redirection)
        }
        return Command(kind: kind, redirections: redirections, span: span(from: start))
    }

    /// Whether the current position ends a simple command.
    func atCommandEnd() -> Bool {
        switch peek() {
        case "\0", "\n", ";", "|", ")": return true
        case "&": return peek(1) != ">"
        default: return false
        }
    }

    static let declarationCommands: Set<String> = ["local", "export", "declare", "readonly", "typeset"]

    mutating func parseSimpleCommand() throws(ParseFailure) -> Command {
        let start = pos
        constructs.append(("simple command", start))
        defer { constructs.removeLast() }
        var assignments: [Assignment] = []
        var words: [ShellWord] = []
        var declarations: [Assignment] = []
        var redirections: [Redirection] = []
        var wordOffsets: [Int] = []
        while true {
            skipBlanks()
            if atEnd || atCommandEnd() { break }
            if let redirection = try parseRedirection() {
                redirections.append(redirection)
                continue
            }
            if words.isEmpty, let assignment = try parseAssignment() {
                assignments.append(assignment)
                continue
            }
            if let name = words.first?.literalText, Self.declarationCommands.contains(name),
               let assignment = try parseAssignment() {
                declarations.append(assignment)
                continue
            }
            if peek() == "(" {
                throw unexpected(words.isEmpty ? "" : "Use quotes or escape ( if it is meant literally.")
            }
            let before = pos
            let word = try parseWord()
            if pos == before { throw unexpected() }
            wordOffsets.append(before)
            if !words.isEmpty, let keyword = Self.misplacedKeyword(word) {
                // bash reads it as an argument; it was most likely meant to close the construct.
                findings.append(ParseFinding(
                    code: "SC1010", severity: .warning,
                    message: "Use semicolon or linefeed before '\(keyword)' (or quote to make it literal).",
                    span: word.span))
            }
            words.append(word)
        }
        if assignments.isEmpty, words.isEmpty, redirections.isEmpty {
            throw unexpected("Expected a command.")
        }
        if words.first?.literalText == "[", words.count == 1 || words.last?.literalText != "]" {
            // bash fails at run time ("missing ]"); ShellCheck stops here, and so do we.
            constructs.append(("test expression", start))
            throw failure("Expected test to end here (don't wrap commands in []/[[]]).")
        }
        if words.first?.literalText == "[", let stray = TestGrammar.firstStrayOperand(Array(words.dropFirst().dropLast())) {
            // bash would fail at run time ("too many arguments"); ShellCheck stops here.
            constructs[constructs.count - 1] = ("test expression", start)
            let offset = wordOffsets[stray.index + 1]
            var stop = stray.expectsOperator
                ? failure("Expected comparison operator (don't wrap commands in []/[[]]).", at: offset + 1)
                : failure("Expected test to end here (don't wrap commands in []/[[]]).", at: offset)
            // ShellCheck names the construct right around the test (SC1009), not the outermost.
            stop.constructs = constructs.suffix(2).map { ($0.name, location($0.offset)) }
            throw stop
        }
        let simple = SimpleCommand(assignments: assignments, words: words, declarations: declarations)
        return Command(kind: .simple(simple), redirections: redirections, span: span(from: start))
    }

    /// Keywords that end a construct; written unquoted as an argument they are plain words to
    /// the shell, though a missing `;` before them is the likelier intent.
    static let argumentKeywords: Set<String> = ["then", "fi", "do", "done", "esac"]

    /// The keyword an unquoted argument spells (backslashes allowed, quotes and expansions not).
    static func misplacedKeyword(_ word: ShellWord) -> String? {
        var text = ""
        for part in word.parts {
            switch part.kind {
            case .literal(let piece), .escaped(let piece): text += piece
            default: return nil
            }
        }
        return argumentKeywords.contains(text) ? text : nil
    }

    /// `name=…`, `name+=…`, `name[i]=…`, `name=(…)`; `nil` (and nothing consumed) otherwise.
    mutating func parseAssignment() throws(ParseFailure) -> Assignment? {
        let start = pos
        guard peek().isASCIILetter || peek() == "_" else { return nil }
        var index = 0
        while peek(index).isNameCharacter { index += 1 }
        let nameEnd = pos + index
        var subscriptText: String?
        if peek(index) == "[" {
            var bracketDepth = 0
            let subscriptStart = pos + index + 1
            while true {
                let scalar = peek(index)
                if scalar == "[" { bracketDepth += 1 }
                if scalar == "]" {
                    bracketDepth -= 1
                    if bracketDepth == 0 { break }
                }
                if scalar == "\0" || scalar == "\n" || scalar == " " || scalar == "\t" { return nil }
                index += 1
            }
            subscriptText = source.text(subscriptStart, pos + index)
            index += 1
        }
        var isAppend = false
        if peek(index) == "+", peek(index + 1) == "=" {
            isAppend = true
            index += 2
        } else if peek(index) == "=" {
            index += 1
        } else {
            return nil
        }
        let name = source.text(start, nameEnd)
        let nameSpan = source.span(start, nameEnd)
        advance(index)
        let value: AssignmentValue
        if peek() == "(" {
            constructs.append(("array assignment", pos))
            defer { constructs.removeLast() }
            advance()
            var elements: [ShellWord] = []
            while true {
                skipLinebreaks()
                if peek() == ")" { advance(); break }
                if atEnd { throw failure("Expected ) to close array assignment.") }
                let before = pos
                let element = try parseWord()
                if pos == before { throw unexpected("Expected ) to close the array.") }
                elements.append(element)
            }
            value = .array(elements)
        } else {
            value = .word(try parseWord())
        }
        return Assignment(name: name, index: subscriptText, isAppend: isAppend, value: value,
                          nameSpan: nameSpan, span: span(from: start))
    }

    static let redirectionOperators = ["<<<", "<<-", "<<", "<>", "<&", ">>", ">|", ">&", "<", ">"]

    /// A redirection at the current position, or `nil` (and nothing consumed).
    mutating func parseRedirection() throws(ParseFailure) -> Redirection? {
        let start = pos
        var index = 0
        var fd: Int?
        var fdVariable: String?
        var op: String?
        if peek().isASCIIDigit {
            while peek(index).isASCIIDigit { index += 1 }
            guard peek(index) == "<" || peek(index) == ">" else { return nil }
            fd = Int(source.text(pos, pos + index)) ?? 0
        } else if peek() == "{", dialect == .bash || dialect == .ksh {
            index = 1
            while peek(index).isNameCharacter { index += 1 }
            guard index > 1, peek(index) == "}", peek(index + 1) == "<" || peek(index + 1) == ">" else {
                return nil
            }
            fdVariable = source.text(pos + 1, pos + index)
            index += 1
        } else if peek() == "&", peek(1) == ">" {
            op = peek(2) == ">" ? "&>>" : "&>"
        }
        if op == nil {
            guard peek(index) == "<" || peek(index) == ">" else { return nil }
            // `<(…)` and `>(…)` are process substitutions, which are words.
            if fd == nil, fdVariable == nil, peek(index + 1) == "(" { return nil }
            for candidate in Self.redirectionOperators {
                var matches = true
                for (offset, scalar) in candidate.unicodeScalars.enumerated() where peek(index + offset) != scalar {
                    matches = false
                    break
                }
                if matches {
                    op = candidate
                    break
                }
            }
        }
        guard let op else { return nil }
        advance(index + op.unicodeScalars.count)
        skipBlanks()
        if atEnd || atCommandEnd() || ((peek() == "<" || peek() == ">") && peek(1) != "(") {
            throw failure("Expected a file name or here-doc delimiter after '\(op)'.")
        }
        let before = pos
        let target = try parseWord()
        if pos == before { throw unexpected() }
        var heredoc: Heredoc?
        if op == "<<" || op == "<<-" {
            heredoc = try readHeredoc(delimiterWord: target, stripsTabs: op == "<<-", at: start)
        }
        return Redirection(op: op, fd: fd, fdVariable: fdVariable, target: target, heredoc: heredoc,
                           span: span(from: start))
    }
}
