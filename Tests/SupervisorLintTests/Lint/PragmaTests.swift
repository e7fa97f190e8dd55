import Testing
@testable import SupervisorLint

/// `; pipeline ignore=…` on the line before a section covers the section; before a key, the key.
@Suite struct PragmaTests {
    @Test func beforeAKey() {
        let source = "[program:web]\ncommand=/bin/web\n; pipeline ignore=PL2014\npriority=high\nstartsecs=soon"
        #expect(findings("PL2014", in: source).map(\.span.start.line) == [5])
    }

    @Test func beforeASection() {
        let source = "# pipeline ignore=PL2012, PL2007\n[program:web]\ncommand=/bin/web\n[program:api]\ncommand=/bin/api"
        #expect(findings("PL2012", in: source).map(\.span.start.line) == [4])
        #expect(findings("PL2007", in: source).map(\.span.start.line) == [4])
    }

    @Test func coversKeysOfTheSection() {
        let source = "; pipeline ignore=PL2003\n[program:web]\ncommand=/bin/date +%s"
        #expect(findings("PL2003", in: source).isEmpty)
    }

    @Test func appliesOnlyToTheNextItem() {
        let source = "[program:web]\n; pipeline ignore=PL2014\n\n; other comment\npriority=x\nstartsecs=y"
        #expect(findings("PL2014", in: source).map(\.span.start.line) == [6])
    }

    @Test func globalIgnore() {
        let source = "; pipeline global ignore=PL2012\n[program:a]\ncommand=/a\n[program:b]\ncommand=/b"
        #expect(findings("PL2012", in: source).isEmpty)
    }

    @Test func otherCommentsAreNotPragmas() {
        let source = "; ignore=PL2012\n[program:a]\ncommand=/a"
        #expect(findings("PL2012", in: source).count == 1)
    }

    @Test func ignoredParameter() {
        let source = "[program:a]\ncommand=a"
        let codes = SupervisorLinter.lint(source: source, file: "s.conf", ignored: ["PL2006", "PL2012"]).map(\.code)
        #expect(!codes.contains("PL2006") && !codes.contains("PL2012") && codes.contains("PL2007"))
    }
}
