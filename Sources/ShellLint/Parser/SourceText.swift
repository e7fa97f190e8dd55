import Basics

/// The script as Unicode scalars, with a line table for turning offsets into line:column.
/// Sub-parsers (backtick bodies) read rewritten text whose offsets map back to the original.
final class SourceText: Sendable {
    let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]
    /// For rewritten text: the original offset of each scalar (plus one entry for the end).
    private let offsetMap: [Int]?
    private let original: SourceText?

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        lineStarts = starts
        offsetMap = nil
        original = nil
    }

    init(rewritten scalars: [Unicode.Scalar], offsets: [Int], of original: SourceText) {
        self.scalars = scalars
        lineStarts = []
        offsetMap = offsets
        self.original = original
    }

    var count: Int { scalars.count }

    func location(_ offset: Int) -> SourceLocation {
        if let offsetMap, let original {
            guard !offsetMap.isEmpty else { return SourceLocation(line: 1, column: 1) }
            let clamped = min(max(offset, 0), offsetMap.count - 1)
            return original.location(offsetMap[clamped])
        }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    func span(_ start: Int, _ end: Int) -> SourceSpan {
        SourceSpan(start: location(start), end: location(max(start, end)))
    }

    func text(_ start: Int, _ end: Int) -> String {
        let low = max(0, min(start, count))
        let high = max(low, min(end, count))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[low..<high])
        return String(result)
    }
}
