import Basics

/// Text with position markers (`1️⃣`, `2️⃣`, …) removed, and where each marker stood, so a test
/// can say "the error is here" inside the snippet itself (after swift-format's MarkedText).
public struct MarkedText {
    public let text: String
    public let markers: [String: SourceLocation]

    public init(_ marked: String) {
        var text = ""
        var markers: [String: SourceLocation] = [:]
        var line = 1, column = 1
        for character in marked {
            if character.unicodeScalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x20E3 }),
               let digit = character.unicodeScalars.first, ("0"..."9").contains(digit) {
                markers[String(character)] = SourceLocation(line: line, column: column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = text
        self.markers = markers
    }

    public subscript(marker: String) -> SourceLocation? { markers[marker] }
}
