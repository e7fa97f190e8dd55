import Testing
@testable import Basics

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("biuld", ["build", "run", "plan"], "build"),
        ("outputz", ["outputs", "inputs", "env"], "outputs"),
        ("dockerbuild", ["docker-build", "exec"], "docker-build"),
        ("NEEDS", ["needs"], "needs"),
        ("zzz", ["build", "run"], nil),
        ("x", ["y"], nil),
    ] as [(String, [String], String?)])
    func suggestsOnlyLikelyTypos(word: String, candidates: [String], expected: String?) {
        #expect(Suggestion.nearest(to: word, in: candidates) == expected)
    }

    @Test func transpositionCostsOne() {
        #expect(Suggestion.editDistance(Array("ab"), Array("ba")) == 1)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.editDistance([], Array("abc")) == 3)
    }
}

@Suite struct PathsTests {
    @Test(arguments: [
        ("a/b/../c", "a/c"),
        ("./a//b/", "a/b"),
        ("a/..", ""),
        ("..", nil),
        ("a/../../b", nil),
        ("/x/../..", "/"),
        ("/usr/./lib", "/usr/lib"),
    ] as [(String, String?)])
    func normalizes(path: String, expected: String?) {
        #expect(Paths.normalize(path) == expected)
    }

    @Test func joinsAndSplits() {
        #expect(Paths.join("/root", "a/b") == "/root/a/b")
        #expect(Paths.join("/root/", "a") == "/root/a")
        #expect(Paths.join("/root", "/abs") == "/abs")
        #expect(Paths.join("/root", "") == "/root")
        #expect(Paths.parent("a/b/c") == "a/b")
        #expect(Paths.parent("c") == "")
        #expect(Paths.parent("/c") == "/")
    }
}

@Suite struct SeverityTests {
    @Test func ordersLikeHadolint() {
        #expect(Severity.style < .info && Severity.info < .warning && Severity.warning < .error)
    }
}
