import Basics

/// Splits argument text into words as Docker does for ENV, LABEL, COPY …: blanks separate words
/// outside quotes; the escape character escapes the next scalar outside single quotes.
enum WordSplitter {
    static func split(_ line: LogicalLine, from start: Int, escape: Unicode.Scalar) -> [InstructionWord] {
        var words: [InstructionWord] = []
        var pos = start
        let scalars = line.scalars
        while pos < scalars.count {
            while pos < scalars.count, scalars[pos].isBlank { pos += 1 }
            guard pos < scalars.count else { break }
            let wordStart = pos
            var value: [Unicode.Scalar] = []
            var quote: Unicode.Scalar?
            while pos < scalars.count {
                let scalar = scalars[pos]
                if let open = quote {
                    if scalar == open {
                        quote = nil
                    } else if scalar == escape, open == "\"", pos + 1 < scalars.count,
                              scalars[pos + 1] == "\"" || scalars[pos + 1] == escape {
                        pos += 1
                        value.append(scalars[pos])
                    } else {
                        value.append(scalar)
                    }
                } else if scalar.isBlank {
                    break
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == escape, pos + 1 < scalars.count {
                    pos += 1
                    value.append(scalars[pos])
                } else {
                    value.append(scalar)
                }
                pos += 1
            }
            words.append(InstructionWord(raw: line.text(wordStart, pos), value: String(scalars: value),
                                         span: line.span(wordStart, pos)))
        }
        return words
    }
}
