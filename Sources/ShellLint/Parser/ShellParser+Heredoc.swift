import Basics

/// Here-document bodies. The body starts on the line after the one holding `<<EOF`; the parser
/// reads it as soon as it sees the operator and notes where to resume after that line's newline.
extension ShellParser {
    /// The offset of the newline ending the current logical line, skipping quoted text and
    /// line continuations, or `end` if the line runs to the end of input.
    func endOfCurrentLine(from start: Int) -> Int {
        var index = start
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = " "
        while index < end {
            let scalar = source.scalars[index]
            if let open = quote {
                if scalar == "\\", open != "'" {
                    index += 2
                    previous = "x"
                    continue
                }
                if scalar == open { quote = nil }
            } else {
                switch scalar {
                case "\n":
                    return index
                case "\\":
                    index += 2
                    previous = "x"
                    continue
                case "'", "\"", "`":
                    quote = scalar
                case "#" where Self.isBlank(previous) || previous == ";":
                    while index < end, source.scalars[index] != "\n" { index += 1 }
                    return min(index, end)
                default:
                    break
                }
            }
            previous = scalar
            index += 1
        }
        return end
    }

    mutating func readHeredoc(delimiterWord: ShellWord, stripsTabs: Bool, at operatorOffset: Int)
        throws(ParseFailure) -> Heredoc {
        let isQuoted = delimiterWord.hasQuotes
        let delimiter = delimiterWord.parts.map { part -> String in
            part.constantText ?? ""
        }.joined()
        let lineEnd = endOfCurrentLine(from: pos)
        let bodyStart = lineEnd < end ? (heredocResume[lineEnd] ?? lineEnd + 1) : end
        var lineStart = bodyStart
        var bodyEnd = end
        var resume = end
        var found = false
        var nearMiss: (offset: Int, trailing: Bool)?
        while lineStart < end {
            var lineStop = lineStart
            while lineStop < end, source.scalars[lineStop] != "\n" { lineStop += 1 }
            var textStart = lineStart
            if stripsTabs {
                while textStart < lineStop, source.scalars[textStart] == "\t" { textStart += 1 }
            }
            let text = source.text(textStart, lineStop)
            if text == delimiter {
                bodyEnd = lineStart
                resume = min(lineStop + 1, end)
                found = true
                break
            }
            if nearMiss == nil, text.trimmingShellWhitespace == delimiter {
                nearMiss = (lineStart, text.last == " " || text.last == "\t")
            }
            lineStart = lineStop + 1
        }
        if !found {
            if let nearMiss {
                findings.append(ParseFinding(
                    code: nearMiss.trailing ? "SC1118" : "SC1039", severity: .error,
                    message: nearMiss.trailing
                        ? "Delete whitespace after the here-doc end token."
                        : "Remove indentation before end token (or use <<- and indent with tabs).",
                    span: SourceSpan(at: location(nearMiss.offset))))
            }
            constructs.append(("here document", operatorOffset))
            var stop = failure("Here document was not correctly terminated.", at: end)
            stop.specific = ("SC1044", "Couldn't find end token `\(delimiter)' in the here document.",
                             delimiterWord.span.start)
            throw stop
        }
        if lineEnd < end {
            heredocResume[lineEnd] = resume
        }
        let body: [WordPart]
        if isQuoted || bodyStart >= bodyEnd {
            body = bodyStart < bodyEnd
                ? [WordPart(.literal(source.text(bodyStart, bodyEnd)), span: source.span(bodyStart, bodyEnd))]
                : []
        } else {
            let savedPos = pos
            let savedEnd = end
            pos = bodyStart
            end = bodyEnd
            defer {
                pos = savedPos
                end = savedEnd
            }
            body = try parseHeredocBody()
        }
        return Heredoc(delimiter: delimiter, isQuoted: isQuoted, stripsTabs: stripsTabs, body: body,
                       bodySpan: source.span(bodyStart, bodyEnd))
    }
}
