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
        // Already normal: returned as they are.
        ("", ""),
        ("/", "/"),
        ("a", "a"),
        ("/a/b.c/...d/.e/..f", "/a/b.c/...d/.e/..f"),
        ("src/**", "src/**"),
        // Just not normal: a trailing slash, a `.` or `..` last, a doubled slash.
        ("a/b/", "a/b"),
        ("a/.", "a"),
        ("a/b/..", "a"),
        ("a//b", "a/b"),
        ("//a", "/a"),
        (".", ""),
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

@Suite struct FindingFormatterTests {
    let findings = [
        Finding(file: "b.sh", span: SourceSpan(at: SourceLocation(line: 3, column: 6)), code: "SC2086", severity: .info, message: "Double quote"),
        Finding(file: "Dockerfile", span: SourceSpan(at: SourceLocation(line: 1, column: 6)), code: "DL3006", severity: .warning, message: "Tag <it> & \"pin\""),
    ]

    @Test func jsonIsHadolintsShapeSortedByFileAndPosition() {
        #expect(FindingFormatter.format(findings, as: .json) == #"[{"file":"Dockerfile","line":1,"column":6,"code":"DL3006","level":"warning","message":"Tag <it> & \"pin\""},{"file":"b.sh","line":3,"column":6,"code":"SC2086","level":"info","message":"Double quote"}]"# + "\n")
    }

    @Test func textFormats() {
        #expect(FindingFormatter.format(findings, as: .tty) == "Dockerfile:1:6 DL3006 warning: Tag <it> & \"pin\"\nb.sh:3:6 SC2086 info: Double quote\n")
        #expect(FindingFormatter.format(findings, as: .gnu).hasPrefix("Dockerfile:1:6: warning: DL3006 Tag"))
        #expect(FindingFormatter.format(findings, as: .github).contains("::notice file=b.sh,line=3,col=6,title=SC2086::Double quote\n"))
        #expect(FindingFormatter.format(findings, as: .checkstyle).contains(#"message="Tag &lt;it&gt; &amp; &quot;pin&quot;" source="DL3006""#))
        #expect(FindingFormatter.format(findings, as: .tty, colored: true).contains("\u{1B}[33mwarning\u{1B}[0m"))
    }

    @Test func sarifAndCodeClimateCarryRulesLevelsAndLocations() {
        let sarif = FindingFormatter.format(findings, as: .sarif, toolVersion: "1.0")
        #expect(sarif.contains(#""level": "note""#))
        #expect(sarif.contains(#""helpUri": "https://www.shellcheck.net/wiki/SC2086""#))
        #expect(sarif.contains(#""startLine": 3"#))
        let climate = FindingFormatter.format(findings, as: .codeclimate)
        #expect(climate.contains(#""severity": "major""#))
        #expect(climate.contains(#""fingerprint": ""#))
    }
}

@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("uses ${GIT_SHA} here", "GIT_", true),
        ("GIT_", "GIT_", true),
        ("GIT", "GIT_", false),
        ("", "${", false),
        ("anything", "", true),
        ("$ {x} $$ {", "${", false),
        ("ends with $", "${", false),
        ("é then ${X}", "${", true),
        ("GGIT_", "GIT_", true),
    ])
    func findsTheBytesOfTheNeedle(text: String, needle: String, found: Bool) {
        #expect(text.containsBytes(of: needle) == found)
    }
}
