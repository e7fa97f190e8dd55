import Basics

/// Where each `# shellcheck disable=` applies: the whole file when it comes before the first
/// command, otherwise the next command (all of it, so a directive before a function or loop
/// covers its body).
struct DirectiveScopes {
    struct Scope {
        var codes: [CodePattern]
        var start: SourceLocation
        var end: SourceLocation
    }

    var fileWide: [CodePattern] = []
    var scopes: [Scope] = []
    /// `source=` directives with the line they precede.
    var sourceOverrides: [(line: Int, path: String)] = []
    /// Lines that hold a comment, to see which directives stand right above a command.
    var commentLines: Set<Int> = []
    /// A `source=` directive placed before the first command.
    var fileWideSource: String?

    init(script: ShellScript, index: SyntaxIndex) {
        // Outermost-first command spans, sorted by start, to find "the next command".
        var spans = index.andOrLists.map(\.span) + index.commands.map(\.command.span)
        spans.sort { lhs, rhs in
            if lhs.start != rhs.start { return lhs.start < rhs.start }
            return lhs.end > rhs.end
        }
        let firstCommand = script.body.items.first?.span.start
        for comment in script.comments {
            commentLines.insert(comment.span.start.line)
            guard let directive = ShellDirective(comment: "#" + comment.text) else { continue }
            if let source = directive.source {
                sourceOverrides.append((comment.span.start.line, source))
                // Before the first command it covers the whole file, as a disable does.
                if firstCommand == nil || comment.span.start < (firstCommand ?? comment.span.start) {
                    fileWideSource = source
                }
            }
            guard !directive.disabled.isEmpty else { continue }
            if firstCommand == nil || comment.span.start < (firstCommand ?? comment.span.start) {
                fileWide += directive.disabled
                continue
            }
            guard let next = Self.firstSpan(after: comment.span.start, in: spans) else { continue }
            scopes.append(Scope(codes: directive.disabled, start: next.start, end: next.end))
        }
    }

    private static func firstSpan(after location: SourceLocation, in spans: [SourceSpan]) -> SourceSpan? {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].start <= location { low = mid + 1 } else { high = mid }
        }
        return low < spans.count ? spans[low] : nil
    }

    /// Whether a finding with `code` at `location` is silenced.
    func suppresses(_ code: String, at location: SourceLocation) -> Bool {
        if fileWide.contains(where: { $0.matches(code) }) { return true }
        return scopes.contains { scope in
            scope.start <= location && location < scope.end && scope.codes.contains { $0.matches(code) }
        }
    }

    /// The `source=` path given on the line just above `line`, if any.
    func sourceOverride(forLine line: Int) -> String? {
        // The directive may sit anywhere in the run of comment lines just above the command.
        sourceOverrides.last { override in
            override.line < line && (override.line + 1..<line).allSatisfy { commentLines.contains($0) }
        }?.path ?? fileWideSource
    }
}
