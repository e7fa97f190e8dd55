import Basics

/// You need spaces around the comparison operator.
///
/// `[ $a=$b ]` is one non-empty word, so the test is always true.
struct SC2077: ShellRule {
    let code = "SC2077"
    let severity = Severity.error
    let summary = "You need spaces around the comparison operator."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "[" || simple.name == "test" {
            let arguments = simple.arguments.filter { $0.literalText != "]" }
            if arguments.count == 1 { check(arguments[0], &report) }
        }
        for expression in context.index.testExpressions {
            if case .word(let word) = expression { check(word, &report) }
        }
    }

    private func check(_ word: ShellWord, _ report: inout RuleReport) {
        guard word.literalText == nil || word.hasQuotes, word.parts.count > 1 else { return }
        for part in word.parts.dropFirst() {
            guard case .literal(let text) = part.kind,
                  text.hasPrefix("=") || text.hasPrefix("!=") || text.hasPrefix("==") else { continue }
            report.add(part.span)
            return
        }
    }
}
