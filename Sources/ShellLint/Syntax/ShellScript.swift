import Basics

/// A parsed script: its commands, shebang and comments.
public struct ShellScript: Sendable, Hashable {
    public var shebang: String?
    public var body: CommandList
    public var comments: [Comment]

    public init(shebang: String?, body: CommandList, comments: [Comment]) {
        self.shebang = shebang
        self.body = body
        self.comments = comments
    }
}

/// A `# …` comment (text after the `#`).
public struct Comment: Sendable, Hashable {
    public var text: String
    public var span: SourceSpan

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }
}
