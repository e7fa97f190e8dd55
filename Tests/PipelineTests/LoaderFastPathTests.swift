import Basics
import Testing
@testable import Pipeline

/// The loader's fast paths (byte loops for ASCII, checks that skip work, errors built only when
/// reported) must give what the plain definitions give, and errors must still name every place.
@Suite struct LoaderFastPathTests {
    /// `Glob.literalPath` and `treePrefix` as the `Character`-based definition gives them.
    static func plainParts(_ text: String) -> (literalPath: String?, treePrefix: String?) {
        var parts: [String] = []
        var literal = true
        for part in text.split(separator: "/") where part != "." {
            if part == "**", parts.last == "**" { continue }
            if part == "**" || part.contains(where: { "*?[".contains($0) }) { literal = false }
            parts.append(String(part))
        }
        let prefixLiteral = parts.dropLast().allSatisfy { !$0.contains(where: { "*?[".contains($0) }) }
        let treePrefix = parts.count >= 2 && parts.last == "**" && prefixLiteral ? parts.dropLast().joined(separator: "/") + "/" : nil
        return (literal ? parts.joined(separator: "/") : nil, treePrefix)
    }

    @Test(arguments: [
        "out/s0", "out", "", ".", "./out//file", "out/", "/abs/x", "a/./b", "src/**", "src/**/**", "a/**/**/b",
        "**", "**/x", "a/*.o", "a/[bc]", "a/?", "ö/a", "ö/**", "a/*\u{301}", "K/x", "\u{212A}/x", "a/\r\n/b",
    ])
    func globPartsAgreeWithTheCharacterDefinition(_ text: String) {
        let glob = Glob(text)
        let plain = Self.plainParts(text)
        #expect(glob.literalPath == plain.literalPath)
        #expect(glob.treePrefix == plain.treePrefix)
        #expect(Glob.literalPath(of: text) == glob.literalPath)
    }

    @Test(arguments: ["a/b/c", "a", "", "/a", "/", "a/", "é/x", "a/\u{301}b", "x/ö/y"])
    func parentAgreesWithPaths(_ path: String) {
        #expect(Glob.parent(path) == Paths.parent(path))
    }

    @Test(arguments: ["out/s0", "", ".", "..", "...", "./a", "a/./b", "a//b", "a/", "/a", "a/../b", "../a", "ä/ö", "a/.x", "a/..b"])
    func normalizeAgreesWithPaths(_ path: String) {
        #expect(Glob.normalize(path) == Paths.normalize(path))
    }

    @Test(arguments: [
        ("out/s0", "pipeline.json", false), ("pipeline.json", "./pipeline.json", true), ("out", "out/x", true),
        ("out", "output", false), ("out", "outx/y", false), ("K", "\u{212A}/x", true), ("out/*.o", "out/a.o/b", true),
        (".git/x", ".git", false), ("a", "b/../a/c", true), ("ö", "ö/x", true),
    ])
    func territoryContainsAgreesWithMatchingEachAncestor(_ pattern: String, _ path: String, _ expected: Bool) {
        let glob = Glob(pattern)
        var ancestors: [String] = []
        var current = Paths.parent(path)
        while !current.isEmpty {
            ancestors.append(current)
            current = Paths.parent(current)
        }
        #expect(glob.territoryContains(path) == expected)
        #expect((glob.matches(path) || ancestors.contains(where: glob.matches)) == expected)
    }

    @Test func duplicateKeysNameTheFirstDefinitionInSmallAndLargeObjects() {
        let small = errors(#"{"version": 1, "stages": {"a": {"kind": "exec", "sh": "x", "env": {"A": "1", "A": "2", "A": "3"}}}}"#)
        #expect(small == [
            "pipeline.json:1:78: stages.a.env.A: duplicate key 'A' (first defined at 1:68)",
            "pipeline.json:1:88: stages.a.env.A: duplicate key 'A' (first defined at 1:68)",
        ])
        // More keys than the scan handles: the same messages from the dictionary.
        let keys = (0..<20).map { #""K\#($0)": "v""# }.joined(separator: ", ")
        let large = errors(#"{"version": 1, "stages": {"a": {"kind": "exec", "sh": "x", "env": {\#(keys), "K3": "w", "K3": "z"}}}}"#)
        #expect(large == [
            "pipeline.json:1:298: stages.a.env.K3: duplicate key 'K3' (first defined at 1:101)",
            "pipeline.json:1:309: stages.a.env.K3: duplicate key 'K3' (first defined at 1:101)",
        ])
    }

    @Test func aStageNeededDirectlyAndThroughATargetIsOneDependency() throws {
        let definition = try load(#"""
        {"version": 1, "stages": {"a": {"kind": "exec", "sh": "x"}, "b": {"kind": "exec", "sh": "x"},
         "c": {"kind": "exec", "sh": "x", "needs": ["b", "both", "a", "b"]}}, "targets": {"both": ["b", "a"]}}
        """#)
        #expect(definition.graph.dependencies == [[], [], [0, 1]])
        #expect(definition.graph.dependents == [[2], [2], []])
    }

    /// The 1-based column of the first `needle` after `start` in one-line ASCII `text`.
    static func column(of needle: String, in text: String, after start: String = "") -> Int {
        let from = start.isEmpty ? text.startIndex : text.range(of: start)?.upperBound ?? text.endIndex
        guard let found = text.range(of: needle, range: from..<text.endIndex) else { return 0 }
        return text.distance(from: text.startIndex, to: found.lowerBound) + 1
    }

    @Test func everyStageSharingAnOutputIsReportedWithBothPlaces() {
        let many = (0..<300).map { #""s\#($0)": {"kind": "exec", "sh": "x", "outputs": ["out/s\#($0)"]}"# }.joined(separator: ", ")
        let text = #"{"version": 1, "stages": {\#(many), "late": {"kind": "exec", "sh": "x", "outputs": ["out/s7", "out/s250"]}}}"#
        let found = errors(text)
        #expect(found == [(7, 0), (250, 1)].map { stage, output in
            let first = Self.column(of: #""out/s\#(stage)"]"#, in: text)
            let second = Self.column(of: #""out/s\#(stage)""#, in: text, after: #""late""#)
            return "pipeline.json:1:\(second): stages.late.outputs[\(output)]: 'out/s\(stage)' overlaps output 'out/s\(stage)' of stage 's\(stage)' (line 1, column \(first)); two stages may not produce the same file, give each output one stage"
        })
    }

    @Test func overlapsAreReportedInTheSameOrderEveryTime() {
        // Stage b overlaps a twice; one of the two is reported, always the first one written.
        let text = #"{"version": 1, "stages": {"a": {"kind": "exec", "sh": "x", "outputs": ["out/**"]}, "b": {"kind": "exec", "sh": "x", "outputs": ["out/*.o", "out/s7"]}}}"#
        #expect(errors(text) == [
            "pipeline.json:1:129: stages.b.outputs[0]: 'out/*.o' overlaps output 'out/**' of stage 'a' (line 1, column 72); two stages may not produce the same file, give each output one stage",
        ])
    }
}
