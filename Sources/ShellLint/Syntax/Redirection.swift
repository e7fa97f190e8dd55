import Basics

/// `2>&1`, `> file`, `<<EOF`, `<<< word`, `{fd}>file` …
public struct Redirection: Sendable, Hashable {
    /// The operator as written: `<`, `>`, `>>`, `>|`, `<>`, `<&`, `>&`, `&>`, `&>>`, `<<`, `<<-`, `<<<`.
    public var op: String
    /// The explicit file descriptor number (`2` in `2>`).
    public var fd: Int?
    /// `{name}` in `{name}>file`.
    public var fdVariable: String?
    /// The file, descriptor or here-doc delimiter word.
    public var target: ShellWord
    public var heredoc: Heredoc?
    public var span: SourceSpan

    public init(op: String, fd: Int?, fdVariable: String?, target: ShellWord, heredoc: Heredoc?,
                span: SourceSpan) {
        self.op = op
        self.fd = fd
        self.fdVariable = fdVariable
        self.target = target
        self.heredoc = heredoc
        self.span = span
    }
}

/// The body of a here-document.
public struct Heredoc: Sendable, Hashable {
    /// The delimiter without quotes.
    public var delimiter: String
    /// A quoted delimiter (`<<'EOF'`) turns expansion off in the body.
    public var isQuoted: Bool
    /// `<<-` strips leading tabs.
    public var stripsTabs: Bool
    /// The body: expansions when unquoted, one literal part otherwise.
    public var body: [WordPart]
    public var bodySpan: SourceSpan

    public init(delimiter: String, isQuoted: Bool, stripsTabs: Bool, body: [WordPart], bodySpan: SourceSpan) {
        self.delimiter = delimiter
        self.isQuoted = isQuoted
        self.stripsTabs = stripsTabs
        self.body = body
        self.bodySpan = bodySpan
    }
}
