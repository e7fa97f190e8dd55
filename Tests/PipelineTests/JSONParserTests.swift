import Basics
import Testing
import TestSupport
@testable import Pipeline

@Suite struct JSONParserTests {
    @Test func recordsPositionsOfKeysAndValues() throws {
        let marked = MarkedText("{\n  1️⃣\"a\": 2️⃣[1, 3️⃣{\"b\": 4️⃣\"ü\"}],\n  \"c\": 5️⃣true\n}")
        let root = try JSONParser.parse(marked.text)
        guard case .object(let members) = root.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "c"])
        #expect(members[0].keyLocation == marked["1️⃣"])
        #expect(members[0].value.location == marked["2️⃣"])
        guard case .array(let items) = members[0].value.value, case .object(let inner) = items[1].value else {
            Issue.record("unexpected shape"); return
        }
        #expect(items[1].location == marked["3️⃣"])
        let fourth = try #require(marked["4️⃣"])
        #expect(inner[0].value == JSONNode(.string("ü"), at: fourth))
        #expect(members[1].value.location == marked["5️⃣"])
    }

    @Test(arguments: [
        (#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#, "a\"b\\c/d\n\té😀"),
        (#""""#, ""),
        (#""plain ünïcode""#, "plain ünïcode"),
    ])
    func decodesStrings(source: String, expected: String) throws {
        #expect(try JSONParser.parse(source).value == .string(expected))
    }

    @Test(arguments: ["0", "-1", "12.5", "1e10", "-0.5E-3"])
    func keepsNumberText(source: String) throws {
        #expect(try JSONParser.parse(source).value == .number(source))
    }

    @Test(arguments: [
        ("{\"a\": 1,, }", "expected a key in double quotes, found ','", 1, 9),
        ("{\"a\": 1,\n}", "trailing comma before '}'", 2, 1),
        ("[1, 2,]", "trailing comma before ']'", 1, 7),
        ("{\"a\" 1}", "expected ':' after key \"a\", found '1'", 1, 6),
        ("{\"a\": 1 \"b\": 2}", "expected ',' or '}' after the value of \"a\", found '\"'", 1, 9),
        ("{\"a\": 'x'}", "strings must use double quotes, found '", 1, 7),
        ("{\"a\": \"x", "unterminated string", 1, 7),
        ("{\n  \"é\": \"ab", "unterminated string", 2, 8),
        ("{\"é\": \"a\\n\u{e9}b", "unterminated string", 1, 7),
        ("{\"a\": tru}", "expected 'true', found '}'", 1, 10),
        ("{\"a\": 01}", "numbers may not have leading zeros", 1, 8),
        ("{\"a\": \"\\q\"}", "invalid escape '\\q' in string", 1, 9),
        ("{} {}", "unexpected '{' after the end of the document", 1, 4),
        ("", "expected a value, found end of file", 1, 1),
        ("{\"a\": [1, 2", "unterminated array: expected ',' or ']', found end of file", 1, 12),
    ])
    func reportsSyntaxErrorsWithPosition(source: String, message: String, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError(location: SourceLocation(line: line, column: column), message: message)) {
            try JSONParser.parse(source)
        }
    }

    @Test func refusesUnboundedNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func writerRoundTripsThroughParser() throws {
        let value = JSONWriter.Value.object([("b", .string("q\"\n\u{1}")), ("a", .array([.int(1), .bool(false), .null]))])
        let text = JSONWriter.write(value, indent: 2)
        let parsed = try JSONParser.parse(text)
        guard case .object(let members) = parsed.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(members[0].value.value == .string("q\"\n\u{1}"))
    }

    /// The writer's escapes, for both its text and its bytes, and what it writes parses back.
    @Test func writtenStringsEscapeExactlyTheCharactersJSONRequires() throws {
        let original = "a\"b\\c\n\r\t\u{01}\u{1f} é😀/"
        let expected = #""a\"b\\c\n\r\t\u0001\u001f é😀/""#
        #expect(JSONWriter.write(.string(original)) == expected)
        var bytes: [UInt8] = []
        JSONWriter.appendString(original, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(try JSONParser.parse(expected).value == .string(original))
    }
}
