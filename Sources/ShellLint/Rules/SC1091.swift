import Basics

/// Not following: (the sourced file) was not specified as input (see shellcheck -x).
///
/// Sourced files are not read (the linter is pure); say so, unless a `source=/dev/null`
/// directive asks for silence.
struct SC1091: ShellRule {
    let code = "SC1091"
    let severity = Severity.info
    let summary = "Not following: (the sourced file) was not specified as input (see shellcheck -x)."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        let scopes = DirectiveScopes(script: context.script, index: context.index)
        for (word, line) in SC1090.sourcedFiles(context) {
            guard let path = scopes.sourceOverride(forLine: line) ?? SC1090.path(of: word), path != "/dev/null" else {
                continue
            }
            report.add(word.span, "Not following: \(path) was not specified as input (see shellcheck -x).")
        }
    }
}
