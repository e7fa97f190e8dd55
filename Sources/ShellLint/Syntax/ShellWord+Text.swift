/// Reading a word's value when it does not depend on expansions.
extension ShellWord {
    /// The word's value with quotes removed, or `nil` if it holds any expansion.
    public var literalText: String? {
        if parts.count == 1 { return parts[0].constantText }
        var text = ""
        for part in parts {
            guard let piece = part.constantText else { return nil }
            text += piece
        }
        return text
    }

    /// Whether any part is quoted or escaped.
    public var hasQuotes: Bool {
        parts.contains { part in
            switch part.kind {
            case .literal, .parameter, .commandSubstitution, .arithmetic, .processSubstitution: false
            default: true
            }
        }
    }

    /// The text of unquoted literal parts only, concatenated (for glob and brace checks).
    public var unquotedLiteralText: String {
        parts.reduce(into: "") { text, part in
            if case .literal(let value) = part.kind { text += value }
        }
    }
}

extension WordPart {
    /// The value of a part that has no expansions inside.
    public var constantText: String? {
        switch kind {
        case .literal(let text), .escaped(let text), .singleQuoted(let text):
            return text
        case .ansiCQuoted(let text):
            return text
        case .doubleQuoted(let inner, _):
            var text = ""
            for part in inner {
                guard let piece = part.constantText else { return nil }
                text += piece
            }
            return text
        default:
            return nil
        }
    }
}

extension ShellWord {
    /// The word with quotes removed and expansions written as `$name` / `$(…)`: equal for
    /// `$out` and `"$out"`, so rules can compare targets that are not constant.
    var canonicalText: String {
        Self.canonical(parts)
    }

    private static func canonical(_ parts: [WordPart]) -> String {
        parts.map { part -> String in
            switch part.kind {
            case .doubleQuoted(let inner, _): canonical(inner)
            case .parameter(let expansion): "${\(expansion.name)\(expansion.index.map { "[\($0)]" } ?? "")}"
            case .commandSubstitution, .processSubstitution: "$(…)"
            case .arithmetic: "$((…))"
            default: part.constantText ?? ""
            }
        }.joined()
    }
}
