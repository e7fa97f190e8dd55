import Basics

/// Use '[:lower:]' to support accents and foreign alphabets.
///
/// `tr a-z …` covers only ASCII letters; `[:lower:]` follows the locale.
struct SC2018: ShellRule {
    let code = "SC2018"
    let severity = Severity.info
    let summary = "Use '[:lower:]' to support accents and foreign alphabets."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for range in Self.trRanges(context, "a-z") { report.add(SourceSpan(at: range.span.start)) }
    }

    /// The arguments of `tr` that are exactly `range`.
    static func trRanges(_ context: ShellLintContext, _ range: String) -> [ShellWord] {
        context.simpleCommands.flatMap { simple, _ in
            simple.name == "tr" ? simple.arguments.filter { $0.literalText == range } : []
        }
    }
}
