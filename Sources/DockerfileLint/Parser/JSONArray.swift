import Basics

/// Exec form: a JSON array of strings. Anything else returns nil and the text is shell form,
/// as Docker treats a malformed array.
enum JSONArray {
    static func parse(_ line: LogicalLine, from start: Int) -> [InstructionWord]? {
        let scalars = line.scalars
        var pos = start
        func skip() { while pos < scalars.count, scalars[pos].isBlank { pos += 1 } }
        skip()
        guard pos < scalars.count, scalars[pos] == "[" else { return nil }
        pos += 1
        var items: [InstructionWord] = []
        skip()
        if pos < scalars.count, scalars[pos] == "]" {
            pos += 1
            skip()
            return pos == scalars.count ? [] : nil
        }
        while true {
            skip()
            guard pos < scalars.count, scalars[pos] == "\"" else { return nil }
            let itemStart = pos
            pos += 1
            var value = String.UnicodeScalarView()
            var closed = false
            while pos < scalars.count {
                let scalar = scalars[pos]
                if scalar == "\"" { closed = true; pos += 1; break }
                if scalar == "\\" {
                    guard pos + 1 < scalars.count else { return nil }
                    pos += 1
                    switch scalars[pos] {
                    case "\"": value.append("\"")
                    case "\\": value.append("\\")
                    case "/": value.append("/")
                    case "b": value.append("\u{8}")
                    case "f": value.append("\u{C}")
                    case "n": value.append("\n")
                    case "r": value.append("\r")
                    case "t": value.append("\t")
                    case "u":
                        guard pos + 4 < scalars.count else { return nil }
                        var hex = String.UnicodeScalarView()
                        hex.append(contentsOf: scalars[(pos + 1)...(pos + 4)])
                        guard let code = UInt32(String(hex), radix: 16) else { return nil }
                        value.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                        pos += 4
                    default: return nil
                    }
                    pos += 1
                    continue
                }
                value.append(scalar)
                pos += 1
            }
            guard closed else { return nil }
            items.append(InstructionWord(raw: line.text(itemStart, pos), value: String(value),
                                         span: line.span(itemStart, pos)))
            skip()
            guard pos < scalars.count else { return nil }
            if scalars[pos] == "," { pos += 1; continue }
            if scalars[pos] == "]" {
                pos += 1
                skip()
                return pos == scalars.count ? items : nil
            }
            return nil
        }
    }
}
