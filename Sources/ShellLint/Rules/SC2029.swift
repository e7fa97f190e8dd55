import Basics

/// Note that, unescaped, this expands on the client side.
///
/// In `ssh host "echo $HOME"` the local `$HOME` is sent.
struct SC2029: ShellRule {
    let code = "SC2029"
    let severity = Severity.info
    let summary = "Note that, unescaped, this expands on the client side."

    func check(_ context: ShellLintContext, _ report: inout RuleReport) {
        for (simple, _) in context.simpleCommands where simple.name == "ssh" {
            var seenHost = false
            var skipValue = false
            for argument in simple.arguments {
                if skipValue {
                    skipValue = false
                    continue
                }
                if !seenHost {
                    if let text = argument.literalText, text.hasPrefix("-") {
                        // Options with a value: -p 22, -i key, -o Opt=…
                        if let last = text.last, "bcDEeFIiJLlmOopQRSWw".contains(last), text.count == 2 { skipValue = true }
                        continue
                    }
                    seenHost = true
                    continue
                }
                for part in argument.parts {
                    guard case .doubleQuoted(let inner, _) = part.kind,
                          let expansion = inner.first(where: SC2064.expands) else { continue }
                    report.add(expansion.span)
                    return
                }
            }
        }
    }
}
