import Basics

/// This default assignment may cause DoS due to globbing. Quote it.
///
/// `: ${x:=default}` still globs the value; a `*` in it makes the shell read directories.
struct SC2223: ShellRule {
    let code = "SC2223"
    let severity = Severity.info
    let summary = "This default assignment may cause DoS due to globbing. Quote it."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.words where Self.isDefaultAssignment(site) {
            report.add(site.word.parts[0].span)
        }
    }

    /// An unquoted `${x:=…}` / `${x=…}` as an argument of `:`.
    static func isDefaultAssignment(_ site: WordSite) -> Bool {
        guard site.role == .argument, site.command?.name == ":", site.word.parts.count == 1,
              case .parameter(let expansion) = site.word.parts[0].kind else { return false }
        return expansion.operation == .assignDefault || expansion.operation == .assignDefaultIfEmpty
    }
}
