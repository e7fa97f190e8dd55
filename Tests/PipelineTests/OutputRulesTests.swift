import Basics
import Testing
@testable import Pipeline

@Suite struct GlobTerritoryTests {
    @Test(arguments: [
        ("same.txt", "same.txt", true), ("out", "out/a.txt", true), ("out/*.o", "out/x.o", true),
        ("out/*.o", "out/*.a", false), ("out/**", "out/deep/x", true), ("a/*", "b/*", false),
        ("lib*", "library/x", true), ("*.txt", "notes.md", false), ("**", ".pipeline/x", false),
        ("gen/*", "gen/sub/file", true), ("x/[ab].c", "x/c.c", false),
    ])
    func overlap(_ first: String, _ second: String, _ expected: Bool) {
        #expect(Glob(first).territoryOverlaps(Glob(second)) == expected, "\(first) vs \(second)")
        #expect(Glob(second).territoryOverlaps(Glob(first)) == expected, "\(second) vs \(first)")
    }

    @Test func territoryContainsWhatIsBelowAMatch() {
        #expect(Glob("out/*").territoryContains("out/x/y.txt"))
        #expect(Glob("*").territoryContains("pipeline.json"))
        #expect(!Glob("*").territoryContains(".pipeline"))
        #expect(Glob(".*").territoryContains(".pipeline/cache"))
    }
}

@Suite struct OutputRulesTests {
    func stages(_ body: String) -> String { #"{"version": 1, "stages": {\#(body)}}"# }

    @Test func overlappingOutputsOfTwoStagesNameBothWithPositions() {
        let found = errors(stages(#""a": {"kind": "exec", "sh": "x", "outputs": ["gen/**"]}, "b": {"kind": "exec", "sh": "y", "outputs": ["gen/b.txt"]}"#))
        #expect(found == ["pipeline.json:1:129: stages.b.outputs[0]: 'gen/b.txt' overlaps output 'gen/**' of stage 'a' (line 1, column 72); two stages may not produce the same file, give each output one stage"])
    }

    @Test func disjointOutputsInOneDirectoryAreFine() {
        #expect(errors(stages(#""a": {"kind": "exec", "sh": "x", "outputs": ["out/*.o"]}, "b": {"kind": "exec", "sh": "y", "outputs": ["out/*.a", "out/b.txt"]}"#)).isEmpty)
    }

    @Test func aThousandStagesWithOneOutputEachLoad() throws {
        let body = (0..<1000).map { #""s\#($0)": {"kind": "exec", "sh": "x", "outputs": ["out/\#($0).txt"]}"# }.joined(separator: ",")
        #expect(try load(stages(body)).stages.count == 1000)
    }

    @Test(arguments: [".*", ".pipeline/x", ".git/**"])
    func theToolsOwnStateIsNeverAnOutput(_ output: String) {
        let found = errors(stages(#""a": {"kind": "exec", "sh": "x", "outputs": ["\#(output)"]}"#))
        #expect(found.count == 1)
        #expect(found.first?.contains("which belongs to") == true, "\(found)")
    }

    @Test func anOutputDirectoryHoldingADeclaredInputIsRefused() {
        let found = errors(stages(#""a": {"kind": "exec", "sh": "x", "inputs": ["build/config.h"], "outputs": ["build"]}"#))
        #expect(found == ["pipeline.json:1:102: stages.a.outputs[0]: 'build' claims 'build/config.h', an input of this stage; outputs are deleted before the stage runs, so write the result to another path"])
    }

    @Test func anInputGlobMayCoverAnOutputItDoesNotName() {
        #expect(errors(stages(#""a": {"kind": "exec", "sh": "x", "inputs": ["src/**"], "outputs": ["src/gen.c"]}"#)).isEmpty)
    }
}
