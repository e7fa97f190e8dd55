import Basics

/// See if you can use ${variable//search/replace} instead.
///
/// `echo "$v" | sed 's/a/b/'` starts two processes for what `${v//a/b}` does in the shell
/// (when the pattern is a glob rather than a regex). Plain sh has no such expansion, so only
/// bash and ksh scripts are told.
struct SC2001: ShellRule {
    let code = "SC2001"
    let severity = Severity.info
    let summary = "See if you can use ${variable//search/replace} instead."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        guard !context.isPOSIX else { return }
        for list in context.index.andOrLists {
            for pipeline in list.pipelines {
                let commands = pipeline.commands
                if commands.count == 2, let echo = commands[0].simple, echo.name == "echo",
                   echo.arguments.count == 1, Self.isLoneExpansion(echo.arguments[0]),
                   let sed = commands[1].simple, Self.isSingleSubstitution(sed) {
                    report.add(SourceSpan(at: commands[0].span.start))
                } else if commands.count == 1, let sed = commands[0].simple, Self.isSingleSubstitution(sed),
                          commands[0].redirections.contains(where: { $0.op == "<<<" }) {
                    report.add(SourceSpan(at: commands[0].span.start))
                }
            }
        }
    }

    /// `$v`, `"${v}"`, `"$1"`: one parameter expansion and nothing else.
    static func isLoneExpansion(_ word: ShellWord) -> Bool {
        let parts = SC2145.flatten(word.parts)
        guard parts.count == 1, case .parameter = parts[0].kind else { return false }
        return true
    }

    /// `sed 's/a/b/g'` or `sed -e 's|a|b|'`: one plain substitution and no other option.
    static func isSingleSubstitution(_ sed: SimpleCommand) -> Bool {
        guard sed.name == "sed" else { return false }
        var arguments = sed.arguments
        if arguments.count == 2, arguments[0].literalText == "-e" { arguments.removeFirst() }
        // Expansions in the script (`"s/$old/$new/"`) count as text.
        guard arguments.count == 1 else { return false }
        let script = arguments[0].canonicalText
        let scalars = Array(script.unicodeScalars)
        guard scalars.count > 3, scalars[0] == "s" else { return false }
        let separator = scalars[1]
        guard !separator.isNameCharacter, separator != "\\", separator != "\n" else { return false }
        let pieces = scalars[2...].split(separator: separator, omittingEmptySubsequences: false)
        return pieces.count == 3 && pieces[2].allSatisfy(\.isNameCharacter)
    }
}
