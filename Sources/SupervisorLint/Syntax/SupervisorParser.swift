import Basics

/// Reads supervisord's INI dialect the way its parser (Python's `RawConfigParser` with `;` and
/// `#` inline comments, non-strict) does, keeping positions. Never fails: lines it cannot read
/// become `syntaxErrors`.
enum SupervisorParser {
    static func parse(_ source: String) -> SupervisorConfig {
        var config = SupervisorConfig()
        // The indent of the key whose value may continue; nil when no value is open.
        var openIndent: Int?
        // After a header that does not parse, its keys are skipped rather than misattributed.
        var inBrokenSection = false
        for (index, rawLine) in lines(of: source).enumerated() {
            let lineNumber = index + 1
            var line = rawLine
            if line.last == "\r" { line.removeLast() }
            func at(_ column: Int) -> SourceLocation { SourceLocation(line: lineNumber, column: column + 1) }

            // Blank lines and comment lines do not end a value: a later indented line still continues it.
            guard let first = line.firstIndex(where: { !isBlank($0) }) else { continue }
            if line[first] == ";" || line[first] == "#" {
                config.comments.append(ConfigComment(text: text(line[(first + 1)...]),
                                                     span: SourceSpan(start: at(first), end: at(line.count))))
                continue
            }
            // A comment character starts an inline comment only after whitespace.
            var end = line.count
            for position in (first + 1)..<line.count
            where (line[position] == ";" || line[position] == "#") && isBlank(line[position - 1]) {
                end = position
                break
            }
            while end > first, isBlank(line[end - 1]) { end -= 1 }

            if let indent = openIndent, first > indent, let sectionIndex = config.sections.indices.last,
               !config.sections[sectionIndex].entries.isEmpty {
                appendContinuation(line[first..<end], at: at(first), to: &config.sections[sectionIndex].entries)
                continue
            }
            openIndent = nil

            if line[first] == "[" {
                inBrokenSection = true
                guard let close = line[first..<end].lastIndex(of: "]") else {
                    config.syntaxErrors.append(SyntaxError(message: "section header is missing its closing `]`",
                                                           location: at(first)))
                    continue
                }
                guard close > first + 1 else {
                    config.syntaxErrors.append(SyntaxError(message: "section header `[]` has no name", location: at(first)))
                    continue
                }
                if close + 1 < end {
                    config.syntaxErrors.append(SyntaxError(message: "unexpected text after the section header",
                                                           location: at(close + 1)))
                    continue
                }
                inBrokenSection = false
                config.sections.append(ConfigSection(
                    header: text(line[(first + 1)..<close]),
                    headerSpan: SourceSpan(start: at(first), end: at(close + 1)),
                    nameSpan: SourceSpan(start: at(first + 1), end: at(close))))
                continue
            }
            if inBrokenSection { continue }
            guard let sectionIndex = config.sections.indices.last else {
                config.syntaxErrors.append(SyntaxError(message: "`\(text(line[first..<end]))` comes before any section header",
                                                       location: at(first)))
                continue
            }
            // The key ends at the first `=` or `:`, as in Python's configparser.
            guard let delimiter = line[first..<end].firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                config.syntaxErrors.append(SyntaxError(message: "expected `key = value`, found `\(text(line[first..<end]))`",
                                                       location: at(first)))
                continue
            }
            var keyEnd = delimiter
            while keyEnd > first, isBlank(line[keyEnd - 1]) { keyEnd -= 1 }
            guard keyEnd > first else {
                config.syntaxErrors.append(SyntaxError(message: "`\(line[delimiter])` has no key before it", location: at(first)))
                continue
            }
            var valueStart = delimiter + 1
            while valueStart < end, isBlank(line[valueStart]) { valueStart += 1 }
            let valueEnd = max(valueStart, end)
            let value = text(line[valueStart..<valueEnd])
            config.sections[sectionIndex].entries.append(ConfigEntry(
                key: text(line[first..<keyEnd]).lowercased(),
                keySpan: SourceSpan(start: at(first), end: at(keyEnd)),
                value: value,
                valueSpan: SourceSpan(start: at(valueStart), end: at(valueEnd)),
                pieces: [ValuePiece(offset: 0, count: valueEnd - valueStart, start: at(valueStart))]))
            openIndent = first
        }
        for sectionIndex in config.sections.indices {
            for entryIndex in config.sections[sectionIndex].entries.indices {
                let value = Array(config.sections[sectionIndex].entries[entryIndex].value.unicodeScalars)
                config.sections[sectionIndex].entries[entryIndex].expansions = Expansion.scan(value)
            }
        }
        return config
    }

    /// Adds an indented line to the last entry's value.
    private static func appendContinuation(_ scalars: ArraySlice<Unicode.Scalar>, at start: SourceLocation,
                                           to entries: inout [ConfigEntry]) {
        guard let last = entries.indices.last else { return }
        var entry = entries[last]
        let offset = entry.value.unicodeScalars.count + 1
        entry.value += "\n" + text(scalars)
        entry.pieces.append(ValuePiece(offset: offset, count: scalars.count, start: start))
        entry.valueSpan.end = SourceLocation(line: start.line, column: start.column + scalars.count)
        entries[last] = entry
    }

    /// The file's lines as Unicode scalars, split at "\n" only (columns count scalars).
    static func lines(of source: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in source.unicodeScalars {
            if scalar == "\n" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{0B}" || scalar == "\u{0C}" || scalar == "\r"
    }

    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
