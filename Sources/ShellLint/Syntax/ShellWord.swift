import Basics

/// One shell word as written: a sequence of literal, quoted and expanded parts.
public struct ShellWord: Sendable, Hashable {
    public var parts: [WordPart]
    public var span: SourceSpan

    public init(parts: [WordPart], span: SourceSpan) {
        self.parts = parts
        self.span = span
    }
}

/// A piece of a word, with where it is.
public struct WordPart: Sendable, Hashable {
    public var kind: WordPartKind
    public var span: SourceSpan

    public init(_ kind: WordPartKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// What a piece of a word is. Globs and brace expansions stay inside `literal` text.
public indirect enum WordPartKind: Sendable, Hashable {
    /// Unquoted text (may hold glob characters and braces).
    case literal(String)
    /// A backslash-escaped character (the character without its backslash).
    case escaped(String)
    /// `'…'`
    case singleQuoted(String)
    /// `$'…'`, the raw text between the quotes.
    case ansiCQuoted(String)
    /// `"…"` (or `$"…"` when `localized`).
    case doubleQuoted([WordPart], localized: Bool)
    /// `$name`, `${…}`
    case parameter(ParameterExpansion)
    /// `$(…)` or `` `…` ``.
    case commandSubstitution(CommandList, backquoted: Bool)
    /// `$((…))` or the old `$[…]`.
    case arithmetic(ArithmeticExpression)
    /// `<(…)` or `>(…)`.
    case processSubstitution(CommandList, isInput: Bool)
}

/// The text of an arithmetic expression with the expansions found in it.
public struct ArithmeticExpression: Sendable, Hashable {
    /// Expansions and quoted pieces are parts; the rest are `literal` parts.
    public var parts: [WordPart]
    public var span: SourceSpan

    public init(parts: [WordPart], span: SourceSpan) {
        self.parts = parts
        self.span = span
    }
}
