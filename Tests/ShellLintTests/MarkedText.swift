import Basics
import Testing
@testable import ShellLint

/// A snippet with `⚠️` where findings are expected; the markers are removed before linting.
struct MarkedText {
    static let marker: Character = "⚠️"

    let source: String
    let markers: [Basics.SourceLocation]

    init(_ marked: String) {
        var text = ""
        var locations: [Basics.SourceLocation] = []
        var line = 1
        var column = 1
        for character in marked {
            if character == Self.marker {
                locations.append(Basics.SourceLocation(line: line, column: column))
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        source = text
        markers = locations
    }
}

/// Lints `snippet` and returns the positions of findings with `code`.
func findingLocations(_ code: String, in source: String, dialect: ShellDialect? = .bash,
                      assigned: Set<String> = []) -> [Basics.SourceLocation] {
    // Optional rules are switched on for their own tests.
    let options = ShellLintOptions(dialect: dialect, enabledCodes: [code], assignedNames: assigned)
    return ShellLinter.lint(source: source, file: "test.sh", options: options)
        .filter { $0.code == code }
        .map(\.span.start)
}

/// Checks that `code` is reported exactly at the snippet's markers (none when it has none).
func expectMarked(_ code: String, _ marked: String, dialect: ShellDialect? = .bash,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let snippet = MarkedText(marked)
    let parsed = ShellParser.parse(snippet.source, dialect: dialect ?? .bash)
    #expect(parsed.isComplete, "snippet does not parse: \(parsed.findings)", sourceLocation: sourceLocation)
    let found = findingLocations(code, in: snippet.source, dialect: dialect)
    #expect(Set(found) == Set(snippet.markers), "\(code) in:\n\(snippet.source)", sourceLocation: sourceLocation)
}
