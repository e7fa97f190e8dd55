import Basics

/// Check exit code directly with e.g. 'if mycmd;', not indirectly with $?.
///
/// `mycmd; if [ $? -ne 0 ]` is longer and breaks when a command is added in between.
struct SC2181: ShellRule {
    let code = "SC2181"
    let severity = Severity.style
    let summary = "Check exit code directly with e.g. 'if mycmd;', not indirectly with $?."

    static let negatedMessage = "Check exit code directly with e.g. 'if ! mycmd;', not indirectly with $?."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for site in context.index.commands {
            switch site.command.kind {
            case .simple(let simple):
                // ShellCheck looks at `[` only, not `test`.
                guard simple.name == "[" else { continue }
                let arguments = simple.arguments.filter { $0.literalText != "]" }
                check(arguments, &report)
            case .doubleBracket(let expression):
                if case .binary(let lhs, let op, let rhs, _) = expression { check([lhs, word(op, lhs.span), rhs], &report) }
            case .arithmetic(let expression):
                guard let status = expression.parts.first(where: Self.isStatus) else { continue }
                let text = expression.parts.compactMap(\.constantText).joined().filter { !$0.isWhitespace }
                report.add(status.span, text == "==0" ? nil : Self.negatedMessage)
            default:
                continue
            }
        }
    }

    private func word(_ text: String, _ span: SourceSpan) -> ShellWord {
        ShellWord(parts: [WordPart(.literal(text), span: span)], span: span)
    }

    /// `$? -eq 0`, `"$?" != 0` …: comparisons with zero only; `[ $? = 255 ]` asks about a
    /// particular status, which `if mycmd` cannot express.
    private func check(_ arguments: [ShellWord], _ report: inout RuleReport) {
        guard arguments.count == 3, let op = arguments[1].literalText,
              ["-eq", "-ne", "=", "==", "!=", "-gt"].contains(op),
              let status = Self.statusPart(arguments[0]), arguments[2].literalText == "0" else { return }
        let testsSuccess = ["-eq", "=", "=="].contains(op)
        report.add(status.span, testsSuccess ? nil : Self.negatedMessage)
    }

    static func statusPart(_ word: ShellWord) -> WordPart? {
        SC2145.flatten(word.parts).count == 1 ? SC2145.flatten(word.parts).first(where: isStatus) : nil
    }

    static func isStatus(_ part: WordPart) -> Bool {
        if case .parameter(let expansion) = part.kind { return expansion.name == "?" && expansion.operation == nil }
        return false
    }
}
