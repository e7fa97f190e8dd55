import Basics

/// Use '[:upper:]' to support accents and foreign alphabets.
///
/// `tr A-Z …` covers only ASCII letters; `[:upper:]` follows the locale.
struct SC2019: ShellRule {
    let code = "SC2019"
    let severity = Severity.info
    let summary = "Use '[:upper:]' to support accents and foreign alphabets."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for range in SC2018.trRanges(context, "A-Z") { report.add(SourceSpan(at: range.span.start)) }
    }
}
