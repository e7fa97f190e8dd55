import Basics

/// ShellCheck can't follow non-constant source. Use a directive to specify location.
///
/// `source "$dir/lib.sh"`: the file is only known at run time.
struct SC1090: ShellRule {
    let code = "SC1090"
    let severity = Severity.warning
    let summary = "ShellCheck can't follow non-constant source. Use a directive to specify location."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let scopes = DirectiveScopes(script: context.script, index: context.index)
        for (word, line) in Self.sourcedFiles(context) where Self.path(of: word) == nil {
            if scopes.sourceOverride(forLine: line) != nil { continue }
            report.add(word.span)
        }
    }

    /// The file argument of every `source` and `.` command, with the command's line.
    static func sourcedFiles(_ context: ShellLintContext) -> [(ShellWord, Int)] {
        context.index.commands.compactMap { site in
            guard let simple = site.command.simple, simple.name == "source" || simple.name == ".",
                  let file = simple.arguments.first else { return nil }
            return (file, site.command.span.start.line)
        }
    }

    /// The file a `source` argument names: its text when constant, or `./rest` for
    /// `"$dir/rest"` (ShellCheck takes a leading variable to be the script's directory).
    static func path(of word: ShellWord) -> String? {
        if let text = word.literalText { return text }
        let flat = SC2145.flatten(word.parts)
        var index = 0
        while index < flat.count, Self.isDirectoryLike(flat[index]) { index += 1 }
        guard index > 0, index < flat.count else { return nil }
        var rest = ""
        for part in flat[index...] {
            guard let text = part.constantText else { return nil }
            rest += text
        }
        return rest.hasPrefix("/") ? "." + rest : nil
    }

    static func isDirectoryLike(_ part: WordPart) -> Bool {
        switch part.kind {
        case .parameter, .commandSubstitution: true
        default: false
        }
    }
}
