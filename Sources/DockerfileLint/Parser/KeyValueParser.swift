import Basics

/// ENV and LABEL arguments: `k=v k2="v 2"` or the legacy `k value with spaces`.
enum KeyValueParser {
    static func pairs(_ line: LogicalLine, from start: Int, escape: Unicode.Scalar, kind: InstructionKind)
        throws(DockerfileSyntaxError) -> [KeyValuePair] {
        let words = WordSplitter.split(line, from: start, escape: escape)
        guard let first = words.first else { return [] }
        if !first.raw.contains("=") {
            // Legacy form: the first word is the key, the rest of the line its value.
            guard words.count > 1 else {
                throw DockerfileSyntaxError(message: "\(kind.rawValue) \(first.value) requires a value",
                                            location: line.endLocation)
            }
            let valueWords = words.dropFirst().map(\.value).joined(separator: " ")
            return [KeyValuePair(key: first.value, value: valueWords,
                                 span: SourceSpan(start: first.span.start, end: line.endLocation),
                                 keySpan: first.span)]
        }
        var pairs: [KeyValuePair] = []
        for word in words {
            guard let equals = word.value.firstIndex(of: "=") else {
                throw DockerfileSyntaxError(message: "\(kind.rawValue) expects key=value, found '\(word.raw)'",
                                            location: word.span.start)
            }
            let key = String(word.value[..<equals])
            guard !key.isEmpty else {
                throw DockerfileSyntaxError(message: "\(kind.rawValue) has an empty key", location: word.span.start)
            }
            let rawKeyLength = word.raw.unicodeScalars.prefix { $0 != "=" }.count
            let keySpan = SourceSpan(start: word.span.start, end: SourceLocation(
                line: word.span.start.line, column: word.span.start.column + rawKeyLength))
            pairs.append(KeyValuePair(key: key, value: String(word.value[word.value.index(after: equals)...]),
                                      span: word.span, keySpan: keySpan))
        }
        return pairs
    }
}
