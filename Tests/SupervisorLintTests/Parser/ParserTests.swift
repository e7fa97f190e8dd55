import Basics
import Testing
import TestSupport
@testable import SupervisorLint

/// The INI dialect as supervisord reads it: sections, keys, comments, continuations, positions.
@Suite struct ParserTests {
    @Test func keysValuesAndPositions() {
        let config = SupervisorParser.parse("[program:web]\ncommand = /bin/web --x ; comment\nuser=app\n")
        #expect(config.syntaxErrors.isEmpty)
        let section = config.sections[0]
        #expect(section.kind == "program" && section.name == "web")
        #expect(section.nameSpan.start == SourceLocation(line: 1, column: 2))
        #expect(section.entries.map(\.key) == ["command", "user"])
        #expect(section.entries[0].value == "/bin/web --x")
        #expect(section.entries[0].keySpan.start == SourceLocation(line: 2, column: 1))
        #expect(section.entries[0].valueSpan == SourceSpan(start: SourceLocation(line: 2, column: 11),
                                                           end: SourceLocation(line: 2, column: 23)))
        #expect(section.entries[1].value == "app")
    }

    @Test(arguments: [
        ("key=a;b", "a;b"),
        ("key=a ;b", "a"),
        ("key=a\t#b", "a"),
        ("key=a#b", "a#b"),
        ("key: a", "a"),
        ("key=http://x:1", "http://x:1"),
        ("key =", ""),
        ("  key  =  spaced value  ", "spaced value"),
    ])
    func inlineCommentsAndDelimiters(_ line: String, _ value: String) {
        let config = SupervisorParser.parse("[s]\n" + line)
        #expect(config.sections.first?.entries.first?.value == value)
    }

    @Test func continuationLines() {
        let text = MarkedText("[program:web]\ncommand=/bin/web\n  --a 1\n\n  ; a comment\n\t1️⃣--b\nuser=app")
        let config = SupervisorParser.parse(text.text)
        let command = config.sections[0].entries[0]
        #expect(command.value == "/bin/web\n--a 1\n--b")
        #expect(config.sections[0].entries.map(\.key) == ["command", "user"])
        #expect(command.location(atScalarOffset: 15) == text["1️⃣"])
        #expect(config.comments.count == 1)
    }

    @Test func keysAreLowercasedSectionsKeepTheirCase() {
        let config = SupervisorParser.parse("[Program:Web]\nCOMMAND=/x")
        #expect(config.sections[0].header == "Program:Web")
        #expect(config.sections[0].entries[0].key == "command")
    }

    @Test func crlfLineEnds() {
        let config = SupervisorParser.parse("[program:web]\r\ncommand=/bin/web\r\n")
        #expect(config.sections[0].entries[0].value == "/bin/web")
    }

    @Test func expansionsAreRecognised() {
        let config = SupervisorParser.parse("[program:web]\nprocess_name=%(program_name)s_%(process_num)02d %% %(ENV_X)s")
        let expansions = config.sections[0].entries[0].expansions
        #expect(expansions.map(\.name) == ["program_name", "process_num", "ENV_X"])
        #expect(expansions.allSatisfy { $0.problem == nil })
    }
}

/// Lines supervisord's parser rejects become PL2000 at the position of the problem.
@Suite struct SyntaxErrorTests {
    @Test(arguments: [
        "1️⃣command=/bin/web",
        "[program:web]\n1️⃣just words",
        "1️⃣[program:web\ncommand=/x",
        "1️⃣[]",
        "[program:web]\n1️⃣= value",
        "[program:web]2️⃣ trailing",
        "; fine\n\n1️⃣key=value\n[s]\nkey=value",
    ])
    func reports(_ snippet: String) {
        expectRule("PL2000", snippet)
    }

    @Test(arguments: [
        "",
        "\n\n; only comments\n# and these\n",
        "[program:web] ; a comment after the header",
        "[program:web]\n  indented=key",
    ])
    func accepts(_ snippet: String) {
        expectRule("PL2000", snippet)
    }

    @Test func severityIsError() {
        let finding = SupervisorLinter.lint(source: "junk", file: "s.conf").first
        #expect(finding?.code == "PL2000" && finding?.severity == .error && finding?.file == "s.conf")
    }
}
