import Basics

/// Parses Dockerfile text into instructions with spans, as BuildKit reads it.
///
/// It never traps and always ends: each step consumes at least one line or scalar. The first
/// syntax error becomes a `DL1000` finding at the position of the problem and parsing stops
/// there (as hadolint does), keeping what came before.
public enum DockerfileParser {
    /// Parses `source`.
    public static func parse(_ source: String) -> DockerfileParseResult {
        var scanner = DockerfileScanner(source)
        scanner.run()
        return DockerfileParseResult(instructions: scanner.instructions, comments: scanner.comments,
                                     directives: scanner.directives, escape: scanner.escape,
                                     findings: scanner.error.map { [$0] } ?? [])
    }
}

/// A syntax error that ends parsing.
struct DockerfileSyntaxError: Error {
    var message: String
    var location: SourceLocation

    var finding: Finding {
        Finding(file: "", span: SourceSpan(at: location), code: "DL1000", severity: .error, message: message)
    }
}

/// The line-level pass: directives, comments, continuations and heredocs.
struct DockerfileScanner {
    let lines: [[Unicode.Scalar]]
    var escape: Unicode.Scalar = "\\"
    var instructions: [Instruction] = []
    var comments: [DockerfileComment] = []
    var directives: [ParserDirective] = []
    var error: Finding?
    var index = 0

    init(_ source: String) {
        var result: [[Unicode.Scalar]] = [[]]
        for scalar in source.unicodeScalars {
            if scalar == "\n" {
                if result[result.count - 1].last == "\r" { result[result.count - 1].removeLast() }
                result.append([])
            } else {
                result[result.count - 1].append(scalar)
            }
        }
        if result.count > 1, result[result.count - 1].isEmpty { result.removeLast() }
        lines = result
    }

    mutating func run() {
        readDirectives()
        while index < lines.count {
            let line = lines[index]
            let first = line.firstIndex { !$0.isBlank }
            guard let first else { index += 1; continue }
            if line[first] == "#" {
                comments.append(comment(line, from: first, lineNumber: index + 1))
                index += 1
                continue
            }
            do {
                let logical = readLogicalLine(startingAt: first)
                var parser = InstructionParser(line: logical, escape: escape)
                var instruction = try parser.parse()
                try readHeredocs(into: &instruction, line: logical, pending: parser.heredocMarkers)
                instructions.append(instruction)
            } catch let failure as DockerfileSyntaxError {
                error = failure.finding
                return
            } catch {
                return
            }
        }
    }

    func comment(_ line: [Unicode.Scalar], from first: Int, lineNumber: Int) -> DockerfileComment {
        let text = String(scalars: line[(first + 1)...]).trimmingCharacters(in: " \t")
        return DockerfileComment(text: text, span: SourceSpan(
            start: SourceLocation(line: lineNumber, column: first + 1),
            end: SourceLocation(line: lineNumber, column: line.count + 1)))
    }

    /// `# name=value` lines at the very top; the first other line ends them.
    mutating func readDirectives() {
        var seen = Set<String>()
        while index < lines.count {
            let text = String(scalars: lines[index])
            let trimmed = text.trimmingCharacters(in: " \t")
            guard trimmed.hasPrefix("#") else { return }
            let body = trimmed.dropFirst().trimmingCharacters(in: " \t")
            guard let equals = body.firstIndex(of: "=") else { return }
            let name = body[..<equals].trimmingCharacters(in: " \t").lowercased()
            let value = body[body.index(after: equals)...].trimmingCharacters(in: " \t")
            guard ["syntax", "escape", "check"].contains(name), !seen.contains(name),
                  !name.contains(" ") else { return }
            seen.insert(name)
            if name == "escape" {
                if value == "`" {
                    escape = "`"
                } else if value != "\\" {
                    error = DockerfileSyntaxError(message: "invalid escape token '\(value)' does not match ` or \\",
                                                  location: SourceLocation(line: index + 1, column: 1)).finding
                    index = lines.count
                    return
                }
            }
            directives.append(ParserDirective(name: name, value: value, span: SourceSpan(
                start: SourceLocation(line: index + 1, column: 1),
                end: SourceLocation(line: index + 1, column: lines[index].count + 1))))
            index += 1
        }
    }

    /// Joins continuation lines; comment and empty lines inside a continuation are skipped.
    mutating func readLogicalLine(startingAt first: Int) -> LogicalLine {
        var logical = LogicalLine()
        var start = first
        while index < lines.count {
            let line = lines[index]
            var end = line.count
            while end > start, line[end - 1].isBlank { end -= 1 }
            let continues = end > start && line[end - 1] == escape && !isEscaped(line, at: end - 1, from: start)
            let segmentEnd = continues ? end - 1 : line.count
            logical.appendSegment(line[start..<max(start, segmentEnd)], line: index + 1, column: start + 1)
            index += 1
            guard continues else { return logical }
            // Docker drops comment lines and blank lines inside a continuation.
            while index < lines.count {
                let next = lines[index]
                if let nonBlank = next.firstIndex(where: { !$0.isBlank }) {
                    if next[nonBlank] == "#" {
                        comments.append(comment(next, from: nonBlank, lineNumber: index + 1))
                        index += 1
                        continue
                    }
                    break
                }
                index += 1
            }
            start = 0
        }
        return logical
    }

    /// An escape character right after another one (`\\` or `\\\` at the end) does not continue
    /// the line, as in BuildKit, which builds such files while hadolint rejects them.
    func isEscaped(_ line: [Unicode.Scalar], at position: Int, from start: Int) -> Bool {
        position - 1 >= start && line[position - 1] == escape
    }

    /// Reads the bodies of the heredocs opened on the instruction's line, in order.
    mutating func readHeredocs(into instruction: inout Instruction, line: LogicalLine,
                               pending markers: [HeredocMarker]) throws {
        guard !markers.isEmpty else { return }
        var shellText = instruction.shell?.text ?? ""
        var shellOrigins = instruction.shell?.lineOrigins ?? []
        for marker in markers {
            var bodyText: [Unicode.Scalar] = []
            var origins: [SourceLocation] = []
            var closed = false
            while index < lines.count {
                let raw = lines[index]
                var content = raw[...]
                if marker.stripsTabs { content = content.drop { $0 == "\t" } }
                let lineNumber = index + 1
                index += 1
                shellOrigins.append(SourceLocation(line: lineNumber, column: 1))
                shellText += "\n" + String(scalars: raw)
                if String(scalars: content) == marker.delimiter {
                    closed = true
                    break
                }
                if !origins.isEmpty { bodyText.append("\n") }
                bodyText.append(contentsOf: content)
                origins.append(SourceLocation(line: lineNumber, column: raw.count - content.count + 1))
            }
            guard closed else {
                throw DockerfileSyntaxError(message: "unterminated heredoc <<\(marker.delimiter)",
                                            location: marker.span.start)
            }
            let end = SourceLocation(line: index, column: (lines[index - 1].count) + 1)
            let body = ShellSource(text: String(scalars: bodyText) + (origins.isEmpty ? "" : "\n"), lineOrigins: origins)
            instruction.heredocs.append(DockerHeredoc(
                delimiter: marker.delimiter, isQuoted: marker.isQuoted, stripsTabs: marker.stripsTabs,
                operatorSpan: marker.span, body: body, span: SourceSpan(start: marker.span.start, end: end)))
            instruction.span.end = end
        }
        if instruction.shell != nil {
            instruction.shell = ShellSource(text: shellText, lineOrigins: shellOrigins)
        }
        if !instruction.triggered.isEmpty {
            instruction.triggered[0].heredocs = instruction.heredocs
            if instruction.triggered[0].shell != nil {
                instruction.triggered[0].shell = ShellSource(text: shellText, lineOrigins: shellOrigins)
            }
        }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        guard let start = firstIndex(where: { !characters.contains($0) }),
              let end = lastIndex(where: { !characters.contains($0) }) else { return "" }
        return String(self[start...end])
    }
}
