import Basics

/// Use $((..)) for arithmetics, e.g. i=$((i + 2))
///
/// `count=count+1` assigns the text `count+1`.
struct SC2100: ShellRule {
    let code = "SC2100"
    let severity = Severity.warning
    let summary = "Use $((..)) for arithmetics, e.g. i=$((i + 2))"

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.assignments {
            guard case .word(let word) = site.assignment.value, let text = word.literalText, !word.hasQuotes,
                  text.hasPrefix(site.assignment.name) else { continue }
            let rest = text.dropFirst(site.assignment.name.count)
            guard let op = rest.first, "+-*/".contains(op) else { continue }
            let operand = rest.dropFirst()
            if !operand.isEmpty, operand.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                report.add(word.span)
            }
        }
    }
}
