import Basics

/// An instruction's text with continuations joined as Docker joins them, keeping the file
/// position of every scalar so words and flags get exact spans.
struct LogicalLine {
    var scalars: [Unicode.Scalar] = []
    var locations: [SourceLocation] = []
    /// The position just after the last scalar.
    var endLocation = SourceLocation(line: 1, column: 1)
    /// The same text as the shell reads it: continuations as `\` + newline, one origin per line.
    var shellLines: [(text: [Unicode.Scalar], origin: SourceLocation)] = []
    /// Index of `scalars` where each shell line starts.
    var shellLineStarts: [Int] = []

    mutating func appendSegment(_ segment: ArraySlice<Unicode.Scalar>, line: Int, column: Int) {
        shellLineStarts.append(scalars.count)
        shellLines.append((Array(segment), SourceLocation(line: line, column: column)))
        var col = column
        for scalar in segment {
            scalars.append(scalar)
            locations.append(SourceLocation(line: line, column: col))
            col += 1
        }
        endLocation = SourceLocation(line: line, column: col)
    }

    var count: Int { scalars.count }

    func location(_ index: Int) -> SourceLocation {
        index < locations.count ? locations[index] : endLocation
    }

    /// The span of `start..<end`; the end sits just after the last scalar of the range.
    func span(_ start: Int, _ end: Int) -> SourceSpan {
        guard end > start, end - 1 < locations.count else { return SourceSpan(at: location(start)) }
        let last = locations[end - 1]
        return SourceSpan(start: location(start), end: SourceLocation(line: last.line, column: last.column + 1))
    }

    func text(_ start: Int, _ end: Int) -> String {
        let low = max(0, min(start, count))
        let high = max(low, min(end, count))
        return String(scalars: scalars[low..<high])
    }

    /// The shell source for `start..<count`: the shell lines from the one holding `start`.
    func shellSource(from start: Int) -> (text: String, origins: [SourceLocation]) {
        var view: [Unicode.Scalar] = []
        var origins: [SourceLocation] = []
        for (index, line) in shellLines.enumerated() {
            let lineStart = shellLineStarts[index]
            let lineEnd = lineStart + line.text.count
            // Lines wholly before the body (`RUN \` alone) contribute nothing.
            if lineEnd <= start && index < shellLines.count - 1 { continue }
            if !origins.isEmpty { view.append(contentsOf: ["\\", "\n"]) }
            let skip = max(0, start - lineStart)
            let piece = line.text.dropFirst(min(skip, line.text.count))
            view.append(contentsOf: piece)
            origins.append(SourceLocation(line: line.origin.line, column: line.origin.column + min(skip, line.text.count)))
        }
        return (String(scalars: view), origins)
    }
}

extension Unicode.Scalar {
    var isBlank: Bool { self == " " || self == "\t" || self == "\r" }
}
