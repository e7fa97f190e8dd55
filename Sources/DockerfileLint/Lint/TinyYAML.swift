/// A YAML value of the small subset config files use.
struct YAMLNode {
    indirect enum Value {
        case scalar(String)
        case list([YAMLNode])
        case mapping([(String, YAMLNode)])
        case null
    }

    var value: Value
    var line: Int
}

/// Block mappings and lists by indentation, flow lists `[a, b]`, plain and quoted scalars and
/// comments. Anchors, multi-documents and block scalars are errors, so a config never
/// half-loads silently.
enum TinyYAML {
    struct Line {
        var number: Int
        var indent: Int
        var text: String
    }

    static func parse(_ text: String) throws(HadolintConfigError) -> YAMLNode {
        var lines: [Line] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let stripped = stripComment(String(raw)).replacingTabs()
            let trimmed = stripped.trimmingCharacters(in: " \r")
            if trimmed.isEmpty || trimmed == "---" { continue }
            if trimmed.hasPrefix("&") || trimmed.hasPrefix("*") || trimmed == "..." {
                throw HadolintConfigError(message: "unsupported YAML construct '\(trimmed)'", line: offset + 1)
            }
            let indent = stripped.prefix { $0 == " " }.count
            lines.append(Line(number: offset + 1, indent: indent, text: trimmed))
        }
        var index = 0
        guard !lines.isEmpty else { return YAMLNode(value: .null, line: 1) }
        let node = try block(&lines, &index, indent: lines[0].indent)
        if index < lines.count {
            throw HadolintConfigError(message: "unexpected indentation", line: lines[index].number)
        }
        return node
    }

    static func block(_ lines: inout [Line], _ index: inout Int, indent: Int) throws(HadolintConfigError) -> YAMLNode {
        let first = lines[index]
        if first.text.hasPrefix("- ") || first.text == "-" {
            var items: [YAMLNode] = []
            while index < lines.count, lines[index].indent == indent,
                  lines[index].text.hasPrefix("- ") || lines[index].text == "-" {
                let line = lines[index]
                let rest = String(line.text.dropFirst()).trimmingCharacters(in: " ")
                index += 1
                if rest.isEmpty {
                    if index < lines.count, lines[index].indent > indent {
                        items.append(try block(&lines, &index, indent: lines[index].indent))
                    } else {
                        items.append(YAMLNode(value: .null, line: line.number))
                    }
                } else if splitKey(rest) != nil {
                    // `- key: value` opens a mapping whose further keys line up with `key`.
                    index -= 1
                    let column = indent + line.text.count - rest.count
                    lines[index] = Line(number: line.number, indent: column, text: rest)
                    items.append(try block(&lines, &index, indent: column))
                } else {
                    items.append(try inline(rest, line: line.number))
                }
            }
            return YAMLNode(value: .list(items), line: first.number)
        }
        var entries: [(String, YAMLNode)] = []
        while index < lines.count, lines[index].indent == indent {
            let line = lines[index]
            guard let (key, rest) = splitKey(line.text) else {
                throw HadolintConfigError(message: "expected 'key: value'", line: line.number)
            }
            index += 1
            if rest.isEmpty {
                if index < lines.count, lines[index].indent > indent
                    || (lines[index].indent == indent && lines[index].text.hasPrefix("-")) {
                    entries.append((key, try block(&lines, &index, indent: lines[index].indent)))
                } else {
                    entries.append((key, YAMLNode(value: .null, line: line.number)))
                }
            } else {
                entries.append((key, try inline(rest, line: line.number)))
            }
        }
        if index < lines.count, lines[index].indent > indent {
            throw HadolintConfigError(message: "unexpected indentation", line: lines[index].number)
        }
        return YAMLNode(value: .mapping(entries), line: first.number)
    }

    static func inline(_ text: String, line: Int) throws(HadolintConfigError) -> YAMLNode {
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { throw HadolintConfigError(message: "unclosed '['", line: line) }
            let inner = text.dropFirst().dropLast().trimmingCharacters(in: " ")
            if inner.isEmpty { return YAMLNode(value: .list([]), line: line) }
            var items: [YAMLNode] = []
            for item in inner.split(separator: ",") {
                items.append(YAMLNode(value: .scalar(try unquote(item.trimmingCharacters(in: " "), line: line)), line: line))
            }
            return YAMLNode(value: .list(items), line: line)
        }
        if text.hasPrefix("{") {
            guard text.hasSuffix("}") else { throw HadolintConfigError(message: "unclosed '{'", line: line) }
            var entries: [(String, YAMLNode)] = []
            for item in text.dropFirst().dropLast().split(separator: ",") {
                guard let (key, value) = splitKey(item.trimmingCharacters(in: " ")) else {
                    throw HadolintConfigError(message: "expected 'key: value' in '{…}'", line: line)
                }
                entries.append((key, YAMLNode(value: .scalar(try unquote(value, line: line)), line: line)))
            }
            return YAMLNode(value: .mapping(entries), line: line)
        }
        if text.hasPrefix("|") || text.hasPrefix(">") || text.hasPrefix("&") || text.hasPrefix("*") {
            throw HadolintConfigError(message: "unsupported YAML construct '\(text)'", line: line)
        }
        if text == "~" || text == "null" { return YAMLNode(value: .null, line: line) }
        return YAMLNode(value: .scalar(try unquote(text, line: line)), line: line)
    }

    static func unquote(_ text: String, line: Int) throws(HadolintConfigError) -> String {
        for quote in ["\"", "'"] where text.hasPrefix(quote) {
            guard text.count >= 2, text.hasSuffix(quote) else {
                throw HadolintConfigError(message: "unclosed quote", line: line)
            }
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    /// `key: rest` (the colon must be followed by a blank or end the line).
    static func splitKey(_ text: String) -> (String, String)? {
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " {
                    let key = String(text[..<index]).trimmingCharacters(in: " ")
                    let unquoted = (key.hasPrefix("\"") || key.hasPrefix("'")) && key.count >= 2
                        ? String(key.dropFirst().dropLast()) : key
                    return (unquoted, String(text[next...]).trimmingCharacters(in: " "))
                }
            } else if character == "[" || character == "{" {
                return nil
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Drops a `#` comment that starts the line or follows a blank, outside quotes.
    static func stripComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                return String(line[..<index])
            }
            previous = character
        }
        return line
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
