import Basics

/// Text with position markers removed, and where each marker stood, so a test can say "the
/// finding is here" inside the snippet itself (after swift-format's MarkedText): numbered
/// markers (`1️⃣`, `2️⃣`, …) by name, and `⚠️` markers, with the numbered ones, in `positions`.
/// The one marked-text helper of every checker's tests.
public struct MarkedText {
    /// The unnumbered marker.
    public static let warning: Character = "⚠️"

    public let text: String
    public let markers: [String: SourceLocation]
    /// Every marker's position, in text order.
    public let positions: [SourceLocation]

    /// The text without markers.
    public var source: String { text }

    /// `scalarColumns`: count columns in Unicode scalars (as the shell checker does) rather
    /// than in characters.
    public init(_ marked: String, scalarColumns: Bool = false) {
        var text = ""
        var markers: [String: SourceLocation] = [:]
        var positions: [SourceLocation] = []
        var line = 1, column = 1
        for character in marked {
            if character == Self.warning {
                positions.append(SourceLocation(line: line, column: column))
                continue
            }
            if character.unicodeScalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x20E3 }),
               let digit = character.unicodeScalars.first, ("0"..."9").contains(digit) {
                markers[String(character)] = SourceLocation(line: line, column: column)
                positions.append(SourceLocation(line: line, column: column))
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += scalarColumns ? character.unicodeScalars.count : 1
            }
        }
        self.text = text
        self.markers = markers
        self.positions = positions
    }

    public subscript(marker: String) -> SourceLocation? { markers[marker] }

    /// What is wrong with `found` against the markers, or nil: findings are compared as a
    /// sorted list of start positions, so one reported twice fails; with `messages`, the
    /// findings' messages must be these, in position order.
    public func mismatch(_ found: [Finding], messages: [String]? = nil) -> String? {
        let ordered = found.sorted { $0.span.start < $1.span.start }
        let positions = ordered.map(\.span.start)
        let expected = self.positions.sorted()
        if positions != expected {
            return "found at \(positions.map { "\($0.line):\($0.column)" }), expected at \(expected.map { "\($0.line):\($0.column)" })"
        }
        if let messages, ordered.map(\.message) != messages {
            return "messages \(ordered.map(\.message)), expected \(messages)"
        }
        return nil
    }
}
