/// Case patterns that shadow later ones (SC2221 / SC2222).
enum CasePatterns {
    /// A glob as a list of tokens: quoted characters never act as wildcards.
    enum Token: Equatable {
        case character(Character), anyString, anyCharacter, set(String)
    }

    /// Pairs (earlier, later) where the earlier pattern matches everything the later one does,
    /// within arms ending in `;;` (fall-through arms change the meaning).
    static func overlaps(_ context: ShellLintContext) -> [(ShellWord, ShellWord)] {
        var result: [(ShellWord, ShellWord)] = []
        for site in context.index.commands {
            guard case .caseClause(let clause) = site.command.kind else { continue }
            var seen: [(ShellWord, [Token])] = []
            for item in clause.items {
                let terminated = item.terminator == .doubleSemicolon || item.terminator == .none
                for pattern in item.patterns {
                    // Long patterns are never the overlapping kind; skip them to bound the matcher.
                    guard let tokens = tokens(pattern), tokens.count <= 64 else { continue }
                    if let literal = literalText(tokens), literal.count <= 256,
                       let earlier = seen.first(where: { matches($0.1[...], Array(literal)[...]) }) {
                        result.append((earlier.0, pattern))
                    } else if tokens == [.anyString], let earlier = seen.first(where: { $0.1 == [.anyString] }) {
                        result.append((earlier.0, pattern))
                    }
                    if terminated { seen.append((pattern, tokens)) }
                }
            }
        }
        return result
    }

    /// The pattern's tokens, or `nil` when it holds expansions.
    static func tokens(_ word: ShellWord) -> [Token]? {
        var tokens: [Token] = []
        for part in word.parts {
            switch part.kind {
            case .literal(let text):
                var characters = Array(text)[...]
                while let character = characters.first {
                    characters = characters.dropFirst()
                    switch character {
                    case "*": tokens.append(.anyString)
                    case "?": tokens.append(.anyCharacter)
                    case "[":
                        guard let close = characters.firstIndex(of: "]") else { return nil }
                        tokens.append(.set(String(characters[..<close])))
                        characters = characters[(close + 1)...]
                    default: tokens.append(.character(character))
                    }
                }
            default:
                guard let text = part.constantText else { return nil }
                tokens += text.map { Token.character($0) }
            }
        }
        return tokens
    }

    /// The text a wildcard-free pattern matches.
    static func literalText(_ tokens: [Token]) -> String? {
        var text = ""
        for token in tokens {
            guard case .character(let character) = token else { return nil }
            text.append(character)
        }
        return text
    }

    /// Glob matching by dynamic programming (no backtracking blow-up with many `*`).
    static func matches(_ pattern: ArraySlice<Token>, _ text: ArraySlice<Character>) -> Bool {
        let tokens = Array(pattern)
        let characters = Array(text)
        // reachable[j]: the tokens seen so far can match the first j characters.
        var reachable = [Bool](repeating: false, count: characters.count + 1)
        reachable[0] = true
        for token in tokens {
            var next = [Bool](repeating: false, count: characters.count + 1)
            switch token {
            case .anyString:
                var any = false
                for index in 0...characters.count {
                    any = any || reachable[index]
                    next[index] = any
                }
            default:
                for index in 0..<characters.count where reachable[index] && single(token, characters[index]) {
                    next[index + 1] = true
                }
            }
            reachable = next
        }
        return reachable[characters.count]
    }

    static func single(_ token: Token, _ character: Character) -> Bool {
        switch token {
        case .anyString, .anyCharacter:
            return true
        case .character(let expected):
            return expected == character
        case .set(let members):
            let negated = members.hasPrefix("!") || members.hasPrefix("^")
            let body = negated ? String(members.dropFirst()) : members
            return setContains(body, character) != negated
        }
    }

    static func setContains(_ members: String, _ character: Character) -> Bool {
        let characters = Array(members)
        var index = 0
        while index < characters.count {
            if index + 2 < characters.count, characters[index + 1] == "-" {
                if characters[index] <= character && character <= characters[index + 2] { return true }
                index += 3
            } else {
                if characters[index] == character { return true }
                index += 1
            }
        }
        return false
    }
}
