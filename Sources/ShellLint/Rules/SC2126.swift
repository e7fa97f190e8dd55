import Basics

/// Consider using 'grep -c' instead of 'grep|wc -l'.
///
/// grep counts matching lines itself.
struct SC2126: ShellRule {
    let code = "SC2126"
    let severity = Severity.style
    let summary = "Consider using 'grep -c' instead of 'grep|wc -l'."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (first, second) in context.pipedPairs {
            guard let grep = first.simple, grep.name == "grep", !grep.hasFlag("o"), !grep.hasFlag("c"),
                  let wc = second.simple, wc.name == "wc", wc.flags == ["-l"] else { continue }
            report.add(first.span)
        }
    }
}
