import Basics

/// `if`, loops, `case`, groups, subshells, functions and `((…))`.
extension ShellParser {
    mutating func parseIf() throws(ParseFailure) -> CommandKind {
        let start = pos
        constructs.append(("if expression", start))
        _ = consumeReservedWord("if")
        var branches: [(condition: CommandList, body: CommandList)] = []
        var elseBody: CommandList?
        var keyword = "if"
        var keywordOffset = start
        while true {
            let condition = try parseList(stops: ["then"])
            if condition.items.isEmpty { throw unexpected("Expected a condition after '\(keyword)'.") }
            try expectReservedWord("then", for: keyword, at: keywordOffset)
            let body = try parseList(stops: ["elif", "else", "fi"])
            if body.items.isEmpty {
                throw failure("Unexpected keyword/token.", at: pos + (peekReservedWord()?.unicodeScalars.count ?? 0),
                              specific: ("SC1048", "Can't have empty then clauses (use 'true' as a no-op).", pos))
            }
            branches.append((condition, body))
            skipLinebreaks()
            keywordOffset = pos
            if consumeReservedWord("elif") {
                keyword = "elif"
                continue
            }
            if consumeReservedWord("else") {
                let list = try parseList(stops: ["fi"])
                if list.items.isEmpty {
                    throw failure("Unexpected keyword/token.", at: pos + (peekReservedWord()?.unicodeScalars.count ?? 0),
                                  specific: ("SC1048", "Can't have empty else clauses (use 'true' as a no-op).", pos))
                }
                elseBody = list
            }
            break
        }
        try expectReservedWord("fi", for: "if", at: start, code: ("SC1046", "SC1047"))
        constructs.removeLast()
        return .ifClause(IfClause(branches: branches, elseBody: elseBody))
    }

    /// `do list done`, used by every loop.
    mutating func parseLoopBody() throws(ParseFailure) -> CommandList {
        skipLinebreaks()
        let doOffset = pos
        if peekReservedWord() == "{", dialect == .bash || dialect == .ksh {
            // bash accepts `for …; { …; }` as a loop body.
            guard case .group(let list) = try parseGroup() else { return CommandList(items: [], span: span(from: doOffset)) }
            return list
        }
        guard consumeReservedWord("do") else {
            throw failure("Expected 'do'.", specific: ("SC1058", "Expected 'do'.", pos))
        }
        let body = try parseList(stops: ["done"])
        if body.items.isEmpty {
            throw failure("Unexpected keyword/token.", at: pos + (peekReservedWord()?.unicodeScalars.count ?? 0),
                          specific: ("SC1060", "Can't have empty do clauses (use 'true' as a no-op).", doOffset))
        }
        try expectReservedWord("done", for: "do", at: doOffset, code: ("SC1061", "SC1062"))
        return body
    }

    mutating func parseWhile(isUntil: Bool) throws(ParseFailure) -> CommandKind {
        constructs.append((isUntil ? "until loop" : "while loop", pos))
        advance(isUntil ? 5 : 5)
        let condition = try parseList(stops: ["do"])
        if condition.items.isEmpty { throw unexpected("Expected a condition.") }
        let body = try parseLoopBody()
        constructs.removeLast()
        return .whileLoop(WhileLoop(isUntil: isUntil, condition: condition, body: body))
    }

    mutating func parseFor(isSelect: Bool) throws(ParseFailure) -> CommandKind {
        let start = pos
        constructs.append((isSelect ? "select loop" : "for loop", start))
        advance(isSelect ? 6 : 3)
        skipBlanks()
        if !isSelect, peek() == "(", peek(1) == "(" {
            let headerStart = pos
            advance(2)
            guard let parts = try parseArithmeticBody(closer: ")") else {
                throw failure("Expected )) to close the for ((..)) header.")
            }
            let header = ArithmeticExpression(parts: parts, span: span(from: headerStart))
            skipBlanks()
            if peek() == ";" { advance() }
            let body = try parseLoopBody()
            constructs.removeLast()
            return .arithmeticFor(ArithmeticForLoop(header: header, body: body))
        }
        if peek() == "$" {
            // bash rejects it, but the intent is clear: report and read on.
            findings.append(ParseFinding(code: "SC1086", severity: .error,
                                         message: "Don't use $ on the iterator name in for loops.",
                                         span: source.span(pos, pos + 1)))
            advance()
        }
        let nameStart = pos
        while peek().isNameCharacter { advance() }
        guard pos > nameStart else { throw unexpected("Expected a variable name after 'for'.") }
        let variable = source.text(nameStart, pos)
        let variableSpan = span(from: nameStart)
        let afterName = pos
        skipLinebreaks()
        var items: [ShellWord]?
        if consumeReservedWord("in") {
            var words: [ShellWord] = []
            while true {
                skipBlanks()
                if atEnd || peek() == ";" || peek() == "\n" { break }
                let before = pos
                let word = try parseWord()
                if pos == before { throw unexpected("Expected a word, ; or newline in the for list.") }
                words.append(word)
            }
            items = words
        } else if peekReservedWord() != "do" && peekReservedWord() != "{" {
            pos = afterName
            skipBlanks()
        }
        skipBlanks()
        if peek() == ";" { advance() }
        let body = try parseLoopBody()
        constructs.removeLast()
        return .forLoop(ForLoop(variable: variable, variableSpan: variableSpan, items: items, body: body,
                                isSelect: isSelect))
    }

    mutating func parseCase() throws(ParseFailure) -> CommandKind {
        let start = pos
        constructs.append(("case expression", start))
        advance(4)
        skipBlanks()
        let before = pos
        let subject = try parseWord()
        if pos == before { throw unexpected("Expected a word after 'case'.") }
        skipLinebreaks()
        guard consumeReservedWord("in") else { throw unexpected("Expected 'in'.") }
        var items: [CaseItem] = []
        while true {
            skipLinebreaks()
            if consumeReservedWord("esac") { break }
            if atEnd {
                throw failure("Expected 'esac' to close the case statement.")
            }
            let itemStart = pos
            if peek() == "(" { advance() }
            var patterns: [ShellWord] = []
            while true {
                skipBlanks()
                let patternStart = pos
                let pattern = try parseWord()
                if pos == patternStart { throw unexpected("Expected a case pattern.") }
                patterns.append(pattern)
                skipBlanks()
                if peek() == "|" {
                    advance()
                    continue
                }
                guard peek() == ")" else { throw unexpected("Expected ) after the case pattern.") }
                advance()
                break
            }
            let body = try parseList(stops: ["esac"])
            skipLinebreaks()
            var terminator = CaseTerminator.none
            if lookingAt(";;&") {
                terminator = .testNext
            } else if lookingAt(";;") {
                terminator = .doubleSemicolon
            } else if lookingAt(";&") {
                terminator = .fallThrough
            } else if peekReservedWord() != "esac" {
                throw unexpected("Expected ;; or esac.")
            }
            advance(terminator.rawValue.unicodeScalars.count)
            items.append(CaseItem(patterns: patterns, body: body, terminator: terminator, span: span(from: itemStart)))
        }
        constructs.removeLast()
        return .caseClause(CaseClause(subject: subject, items: items))
    }

    mutating func parseGroup() throws(ParseFailure) -> CommandKind {
        let start = pos
        constructs.append(("brace group", start))
        advance()
        let list = try parseList(stops: ["}"])
        skipLinebreaks()
        if list.items.isEmpty, peekReservedWord() == "}" {
            throw failure("Expected a command.", specific: (
                "SC1055", "You need at least one command here. Use 'true;' as a no-op.", pos))
        }
        guard consumeReservedWord("}") else {
            throw failure("Expected '}'.", specific: (
                "SC1056", "Expected a '}'. If you have one, try a ; or \\n in front of it.", pos))
        }
        constructs.removeLast()
        return .group(list)
    }

    mutating func parseSubshell() throws(ParseFailure) -> CommandKind {
        let start = pos
        constructs.append(("subshell", start))
        advance()
        let list = try parseList(stops: [])
        skipLinebreaks()
        guard peek() == ")" else { throw unexpected("Expected ) to close the subshell.") }
        advance()
        if list.items.isEmpty { throw failure("Expected a command in the subshell.", at: start) }
        constructs.removeLast()
        return .subshell(list)
    }

    /// `(( … ))`, or `nil` (nothing consumed) when the parentheses are two nested subshells.
    mutating func parseArithmeticCommand() throws(ParseFailure) -> ArithmeticExpression? {
        let start = pos
        let savedFindings = findings.count
        advance(2)
        if let parts = try parseArithmeticBody(closer: ")") {
            return ArithmeticExpression(parts: parts, span: span(from: start))
        }
        pos = start
        findings.removeSubrange(savedFindings...)
        return nil
    }

    /// `name() body`; `nil` (nothing consumed) if the next word is not followed by `()`.
    mutating func parsePosixFunction() throws(ParseFailure) -> CommandKind? {
        var index = 0
        while true {
            let scalar = peek(index)
            if Self.isWordBreak(scalar) || scalar == "'" || scalar == "\"" || scalar == "$" || scalar == "`"
                || scalar == "=" || scalar == "\\" {
                break
            }
            index += 1
        }
        guard index > 0 else { return nil }
        var probe = index
        while Self.isBlank(peek(probe)) { probe += 1 }
        guard peek(probe) == "(" else { return nil }
        probe += 1
        while Self.isBlank(peek(probe)) { probe += 1 }
        guard peek(probe) == ")" else { return nil }
        let start = pos
        let name = source.text(pos, pos + index)
        let nameSpan = source.span(pos, pos + index)
        advance(probe + 1)
        return try parseFunctionBody(name: name, nameSpan: nameSpan, usesKeyword: false, start: start)
    }

    mutating func parseFunctionKeyword() throws(ParseFailure) -> CommandKind {
        let start = pos
        advance(8)
        skipBlanks()
        let nameStart = pos
        while !Self.isWordBreak(peek()) { advance() }
        guard pos > nameStart else { throw unexpected("Expected a function name.") }
        let name = source.text(nameStart, pos)
        let nameSpan = span(from: nameStart)
        skipBlanks()
        if peek() == "(" {
            advance()
            skipBlanks()
            guard peek() == ")" else { throw unexpected("Expected ) in the function definition.") }
            advance()
        }
        return try parseFunctionBody(name: name, nameSpan: nameSpan, usesKeyword: true, start: start)
    }

    mutating func parseFunctionBody(name: String, nameSpan: SourceSpan, usesKeyword: Bool,
                                    start: Int) throws(ParseFailure) -> CommandKind {
        constructs.append(("function", start))
        skipLinebreaks()
        let bodyStart = pos
        let body = try parseCommand()
        if case .simple = body.kind {
            throw failure("Expected a compound command as the function body.", at: bodyStart, specific: (
                "SC1064", "Expected a { to open the function definition.", bodyStart))
        }
        constructs.removeLast()
        return .function(FunctionDefinition(name: name, nameSpan: nameSpan, usesKeyword: usesKeyword, body: body))
    }
}
