import Basics

/// A shell form body as the shell will read it, with where each of its lines sits in the Dockerfile.
///
/// Continuations are kept as `\` + newline (whatever the Dockerfile's escape character), comment
/// lines inside continuations are dropped as Docker drops them, and heredoc bodies follow their
/// line, so positions inside a multi-line RUN map back exactly.
public struct ShellSource: Sendable, Hashable {
    public var text: String
    /// Where line `n` (1-based) of `text` starts in the Dockerfile: `lineOrigins[n - 1]`.
    public var lineOrigins: [SourceLocation]

    public init(text: String, lineOrigins: [SourceLocation]) {
        self.text = text
        self.lineOrigins = lineOrigins
    }

    /// The Dockerfile position of a position in `text`.
    public func dockerfileLocation(_ location: SourceLocation) -> SourceLocation {
        guard !lineOrigins.isEmpty else { return location }
        let index = min(max(location.line - 1, 0), lineOrigins.count - 1)
        let origin = lineOrigins[index]
        return SourceLocation(line: origin.line, column: origin.column + location.column - 1)
    }

    /// The Dockerfile span of a span in `text`.
    public func dockerfileSpan(_ span: SourceSpan) -> SourceSpan {
        SourceSpan(start: dockerfileLocation(span.start), end: dockerfileLocation(span.end))
    }
}

/// A `<<EOF` … `EOF` body after RUN, COPY or ADD.
public struct DockerHeredoc: Sendable, Hashable {
    /// The delimiter without quotes.
    public var delimiter: String
    /// `<<'EOF'` or `<<"EOF"`: no expansion in the body.
    public var isQuoted: Bool
    /// `<<-EOF`: leading tabs are stripped.
    public var stripsTabs: Bool
    /// The `<<EOF` operator.
    public var operatorSpan: SourceSpan
    /// The body lines without the delimiter line (tabs stripped for `<<-`).
    public var body: ShellSource
    public var span: SourceSpan

    public init(delimiter: String, isQuoted: Bool, stripsTabs: Bool, operatorSpan: SourceSpan, body: ShellSource,
                span: SourceSpan) {
        self.delimiter = delimiter
        self.isQuoted = isQuoted
        self.stripsTabs = stripsTabs
        self.operatorSpan = operatorSpan
        self.body = body
        self.span = span
    }

    /// The body's first line when it is a shebang (`#!/bin/bash`).
    public var shebang: String? {
        let first = body.text.prefix { $0 != "\n" }
        return first.hasPrefix("#!") ? String(first) : nil
    }
}
