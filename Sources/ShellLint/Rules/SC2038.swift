import Basics

/// Use -print0/-0 or -exec + to allow for non-alphanumeric filenames.
///
/// `find | xargs` splits names on blanks and quotes.
struct SC2038: ShellRule {
    let code = "SC2038"
    let severity = Severity.warning
    let summary = "Use -print0/-0 or -exec + to allow for non-alphanumeric filenames."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (first, second) in context.pipedPairs {
            guard let find = first.simple, find.name == "find", let xargs = second.simple, xargs.name == "xargs" else {
                continue
            }
            let nullSafe = find.arguments.contains { ["-print0", "-printf"].contains($0.literalText ?? "") }
                || xargs.hasFlag("0", long: "null") || xargs.hasFlag("d", long: "delimiter")
            if !nullSafe { report.add(first.span) }
        }
    }
}
