import Basics

/// `<<EOF` found on an instruction's line; its body is read from the following lines.
struct HeredocMarker {
    var delimiter: String
    var isQuoted: Bool
    var stripsTabs: Bool
    var span: SourceSpan
}

/// Parses one logical line into an `Instruction`.
struct InstructionParser {
    let line: LogicalLine
    let escape: Unicode.Scalar
    var pos = 0
    var heredocMarkers: [HeredocMarker] = []

    init(line: LogicalLine, escape: Unicode.Scalar) {
        self.line = line
        self.escape = escape
    }

    var atEnd: Bool { pos >= line.count }

    mutating func skipBlanks() {
        while pos < line.count, line.scalars[pos].isBlank { pos += 1 }
    }

    mutating func parse(depth: Int = 0) throws(DockerfileSyntaxError) -> Instruction {
        skipBlanks()
        let keywordStart = pos
        while pos < line.count, !line.scalars[pos].isBlank { pos += 1 }
        let keyword = line.text(keywordStart, pos)
        guard let kind = InstructionKind(rawValue: keyword.uppercased()) else {
            throw DockerfileSyntaxError(message: "unknown instruction: \(keyword)", location: line.location(keywordStart))
        }
        let keywordSpan = line.span(keywordStart, pos)
        var instruction = Instruction(kind: kind, keyword: keyword, keywordSpan: keywordSpan,
                                      span: SourceSpan(start: keywordSpan.start, end: line.endLocation))
        let afterKeyword = pos
        skipBlanks()
        if atEnd {
            if kind == .cmd || kind == .entrypoint { return instruction }
            throw DockerfileSyntaxError(message: "\(kind.rawValue) requires at least one argument",
                                        location: line.location(afterKeyword))
        }
        if kind == .onbuild {
            // ONBUILD ONBUILD parses (DL3043 reports it); a deep chain is an error, not a deep stack.
            guard depth < 4 else {
                throw DockerfileSyntaxError(message: "ONBUILD nested too deeply", location: keywordSpan.start)
            }
            var inner = InstructionParser(line: line, escape: escape)
            inner.pos = pos
            let triggered = try inner.parse(depth: depth + 1)
            heredocMarkers = inner.heredocMarkers
            instruction.triggered = [triggered]
            instruction.argumentText = line.text(pos, line.count)
            instruction.argumentSpan = line.span(pos, line.count)
            return instruction
        }
        if let known = Self.knownFlags[kind] {
            instruction.flags = parseFlags()
            // BuildKit rejects a flag the instruction does not have; so do we, at the flag.
            if let unknown = instruction.flags.first(where: { !known.contains($0.name.lowercased()) }) {
                throw DockerfileSyntaxError(message: "unknown flag: --\(unknown.name) for \(kind.rawValue)",
                                            location: unknown.span.start)
            }
        }
        skipBlanks()
        instruction.argumentText = line.text(pos, line.count)
        instruction.argumentSpan = line.span(pos, line.count)
        let argumentStart = pos
        switch kind {
        case .run, .cmd, .entrypoint:
            try parseCommand(&instruction, kind: kind, start: argumentStart)
        case .shell:
            guard let exec = JSONArray.parse(line, from: argumentStart) else {
                throw DockerfileSyntaxError(message: "SHELL requires the arguments to be in JSON form",
                                            location: line.location(argumentStart))
            }
            instruction.exec = exec
            instruction.words = exec
        case .from:
            try parseFrom(&instruction, start: argumentStart)
        case .copy, .add:
            if let exec = JSONArray.parse(line, from: argumentStart) {
                instruction.exec = exec
                instruction.words = exec
            } else {
                instruction.words = WordSplitter.split(line, from: argumentStart, escape: escape)
                findHeredocs(from: argumentStart)
            }
            if instruction.words.count < 2 && heredocMarkers.isEmpty {
                throw DockerfileSyntaxError(
                    message: "At least two arguments are required for \(kind.rawValue)",
                    location: line.endLocation)
            }
        case .env, .label:
            instruction.words = WordSplitter.split(line, from: argumentStart, escape: escape)
            instruction.pairs = try KeyValueParser.pairs(line, from: argumentStart, escape: escape, kind: kind)
        case .arg:
            instruction.words = WordSplitter.split(line, from: argumentStart, escape: escape)
            instruction.pairs = instruction.words.map { word in
                let parts = word.value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let keyLength = parts.first?.count ?? 0
                let keySpan = SourceSpan(start: word.span.start, end: SourceLocation(
                    line: word.span.start.line, column: word.span.start.column + keyLength))
                return KeyValuePair(key: String(parts.first ?? ""), value: parts.count > 1 ? String(parts[1]) : nil,
                                    span: word.span, keySpan: keySpan)
            }
        case .volume:
            if let exec = JSONArray.parse(line, from: argumentStart) {
                instruction.exec = exec
                instruction.words = exec
            } else {
                instruction.words = WordSplitter.split(line, from: argumentStart, escape: escape)
            }
        case .healthcheck:
            try parseHealthcheck(&instruction, start: argumentStart)
        case .expose, .user, .workdir, .stopsignal, .maintainer, .onbuild:
            instruction.words = WordSplitter.split(line, from: argumentStart, escape: escape)
        }
        return instruction
    }

    /// The flags BuildKit accepts per instruction.
    static let knownFlags: [InstructionKind: Set<String>] = [
        .from: ["platform"],
        .run: ["mount", "network", "security", "device"],
        .copy: ["from", "chown", "chmod", "link", "parents", "exclude"],
        .add: ["chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"],
        .healthcheck: ["interval", "timeout", "start-period", "start-interval", "retries"],
    ]

    /// `--name[=value]` words; a lone `--` or a non-flag word ends them.
    mutating func parseFlags() -> [InstructionFlag] {
        var flags: [InstructionFlag] = []
        while true {
            skipBlanks()
            guard pos + 2 < line.count, line.scalars[pos] == "-", line.scalars[pos + 1] == "-",
                  !line.scalars[pos + 2].isBlank else { return flags }
            let start = pos
            var nameEnd = pos + 2
            while nameEnd < line.count, !line.scalars[nameEnd].isBlank, line.scalars[nameEnd] != "=" { nameEnd += 1 }
            let name = line.text(start + 2, nameEnd)
            var value: String?
            var valueSpan: SourceSpan?
            pos = nameEnd
            if pos < line.count, line.scalars[pos] == "=" {
                pos += 1
                let valueStart = pos
                var quote: Unicode.Scalar?
                var text = String.UnicodeScalarView()
                while pos < line.count {
                    let scalar = line.scalars[pos]
                    if let open = quote {
                        if scalar == open { quote = nil } else { text.append(scalar) }
                    } else if scalar == "\"" || scalar == "'" {
                        quote = scalar
                    } else if scalar.isBlank {
                        break
                    } else {
                        text.append(scalar)
                    }
                    pos += 1
                }
                value = String(text)
                valueSpan = line.span(valueStart, pos)
            }
            flags.append(InstructionFlag(name: name, value: value, span: line.span(start, pos), valueSpan: valueSpan))
        }
    }

    mutating func parseCommand(_ instruction: inout Instruction, kind: InstructionKind, start: Int)
        throws(DockerfileSyntaxError) {
        if let exec = JSONArray.parse(line, from: start) {
            instruction.exec = exec
            instruction.words = exec
            return
        }
        instruction.words = WordSplitter.split(line, from: start, escape: escape)
        let source = line.shellSource(from: start)
        instruction.shell = ShellSource(text: source.text, lineOrigins: source.origins)
        if kind == .run { findHeredocs(from: start) }
    }

    mutating func parseFrom(_ instruction: inout Instruction, start: Int) throws(DockerfileSyntaxError) {
        let words = WordSplitter.split(line, from: start, escape: escape)
        instruction.words = words
        guard let image = words.first else {
            throw DockerfileSyntaxError(message: "FROM requires an image", location: line.location(start))
        }
        var clause = FromClause(image: FromImage(image.value), imageSpan: image.span, alias: nil, aliasSpan: nil)
        if words.count == 3, words[1].value.lowercased() == "as" {
            clause.alias = words[2].value
            clause.aliasSpan = words[2].span
        } else if words.count == 2, words[1].value.lowercased() == "as" {
            throw DockerfileSyntaxError(message: "FROM \(image.value) AS: missing the stage name",
                                        location: words[1].span.start)
        } else if words.count > 1 {
            throw DockerfileSyntaxError(message: "unexpected '\(words[1].raw)': FROM takes an image and `AS name`",
                                        location: words[1].span.start)
        }
        instruction.from = clause
    }

    mutating func parseHealthcheck(_ instruction: inout Instruction, start: Int) throws(DockerfileSyntaxError) {
        for flag in instruction.flags where ["interval", "timeout", "start-period", "start-interval"].contains(flag.name) {
            if let value = flag.value, !value.contains("$"), !Self.isDuration(value) {
                throw DockerfileSyntaxError(message: "invalid duration '\(value)' for --\(flag.name)",
                                            location: flag.valueSpan?.start ?? flag.span.start)
            }
        }
        let words = WordSplitter.split(line, from: start, escape: escape)
        guard let first = words.first else {
            throw DockerfileSyntaxError(message: "HEALTHCHECK requires NONE or CMD", location: line.location(start))
        }
        switch first.value.uppercased() {
        case "NONE":
            instruction.isHealthcheckNone = true
            instruction.words = words
        case "CMD":
            pos = start + first.raw.unicodeScalars.count
            skipBlanks()
            if atEnd {
                throw DockerfileSyntaxError(message: "HEALTHCHECK CMD requires a command", location: line.location(pos))
            }
            try parseCommand(&instruction, kind: .healthcheck, start: pos)
        default:
            throw DockerfileSyntaxError(message: "HEALTHCHECK expects NONE or CMD, found '\(first.raw)'",
                                        location: first.span.start)
        }
    }

    /// `30s`, `1m30s`, `500ms`, `1h`.
    static func isDuration(_ text: String) -> Bool {
        var rest = Substring(text)
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isNumber || $0 == "." }
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix { $0.isLetter }
            guard ["ns", "us", "µs", "ms", "s", "m", "h"].contains(String(unit)) else { return false }
            rest = rest.dropFirst(unit.count)
        }
        return true
    }

    /// Finds `<<EOF`, `<<-EOF`, `<<'EOF'`, `<<"EOF"` outside quotes (not `<<<`).
    mutating func findHeredocs(from start: Int) {
        var cursor = start
        var quote: Unicode.Scalar?
        let scalars = line.scalars
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            if let open = quote {
                if scalar == open { quote = nil }
                cursor += 1
                continue
            }
            if scalar == escape { cursor += 2; continue }
            if scalar == "'" || scalar == "\"" { quote = scalar; cursor += 1; continue }
            // As BuildKit, a heredoc starts a word (`cat <<EOF`, `2<<EOF`), never mid-word (`a<<b`).
            var wordStart = cursor
            while wordStart > start, ("0"..."9").contains(scalars[wordStart - 1]) { wordStart -= 1 }
            guard scalar == "<", cursor + 1 < scalars.count, scalars[cursor + 1] == "<",
                  cursor + 2 < scalars.count, scalars[cursor + 2] != "<",
                  wordStart == start || scalars[wordStart - 1].isBlank else { cursor += 1; continue }
            let operatorStart = cursor
            var next = cursor + 2
            var stripsTabs = false
            if next < scalars.count, scalars[next] == "-" { stripsTabs = true; next += 1 }
            var delimiterQuote: Unicode.Scalar?
            if next < scalars.count, scalars[next] == "'" || scalars[next] == "\"" {
                delimiterQuote = scalars[next]
                next += 1
            }
            let nameStart = next
            while next < scalars.count, scalars[next].properties.isAlphabetic || scalars[next] == "_"
                    || ("0"..."9").contains(scalars[next]) {
                next += 1
            }
            guard next > nameStart, !("0"..."9").contains(scalars[nameStart]) else { cursor = next; continue }
            let name = line.text(nameStart, next)
            if let delimiterQuote {
                guard next < scalars.count, scalars[next] == delimiterQuote else { cursor = next; continue }
                next += 1
            }
            heredocMarkers.append(HeredocMarker(delimiter: name, isQuoted: delimiterQuote != nil, stripsTabs: stripsTabs,
                                                span: line.span(operatorStart, next)))
            cursor = next
        }
    }
}
