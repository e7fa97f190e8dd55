import Basics

/// Why parsing stopped, in ShellCheck's terms: the problem's position, an optional specific code
/// (SC1046 …) and the constructs that were open, innermost last.
struct ParseFailure: Error {
    var message: String
    var location: SourceLocation
    var specific: (code: String, message: String, location: SourceLocation)?
    var constructs: [(name: String, location: SourceLocation)]
    var extra: [(code: String, message: String, location: SourceLocation)] = []
    /// ShellCheck reports some stops (a stray `fi`, `)`) with the specific finding alone.
    var isSpecificOnly = false

    /// ShellCheck's trio: the specific problem, SC1073 on the construct, SC1072 where it stopped,
    /// and SC1009 naming the outermost construct.
    var findings: [ParseFinding] {
        var result: [ParseFinding] = []
        if isSpecificOnly, let specific {
            return [ParseFinding(code: specific.code, severity: .error, message: specific.message,
                                 span: SourceSpan(at: specific.location))]
        }
        if constructs.count > 1, let outer = constructs.first {
            result.append(ParseFinding(code: "SC1009", severity: .info,
                                       message: "The mentioned syntax error was in this \(outer.name).",
                                       span: SourceSpan(at: outer.location)))
        }
        if let specific {
            result.append(ParseFinding(code: specific.code, severity: .error, message: specific.message,
                                       span: SourceSpan(at: specific.location)))
        }
        for item in extra {
            result.append(ParseFinding(code: item.code, severity: .error, message: item.message,
                                       span: SourceSpan(at: item.location)))
        }
        if let inner = constructs.last {
            result.append(ParseFinding(code: "SC1073", severity: .error,
                                       message: "Couldn't parse this \(inner.name). Fix to allow more checks.",
                                       span: SourceSpan(at: inner.location)))
        }
        result.append(ParseFinding(code: "SC1072", severity: .error,
                                   message: "\(message) Fix any mentioned problems and try again.",
                                   span: SourceSpan(at: location)))
        return result
    }
}
