import Basics
import Testing
@testable import ShellLint

/// The shape of the tree for the constructs the linter relies on.
@Suite struct SyntaxTreeTests {
    func firstCommand(_ text: String) throws -> Command {
        let result = ShellParser.parse(text)
        #expect(result.isComplete, "\(result.findings)")
        return try #require(result.script.body.items.first?.first.commands.first)
    }

    func parameter(_ text: String) throws -> ParameterExpansion {
        let command = try firstCommand("echo " + text)
        let word = try #require(command.simple?.arguments.first)
        for part in word.parts {
            if case .parameter(let expansion) = part.kind { return expansion }
            if case .doubleQuoted(let inner, _) = part.kind, case .parameter(let expansion)? = inner.first?.kind {
                return expansion
            }
        }
        throw ShellLintTestFailure.missing(text)
    }

    enum ShellLintTestFailure: Error { case missing(String) }

    @Test(arguments: [
        ("${x:-y}", ParameterOperation.useDefaultIfEmpty), ("${x-y}", .useDefault), ("${x:=y}", .assignDefaultIfEmpty),
        ("${x=y}", .assignDefault), ("${x:?e}", .errorIfEmpty), ("${x?e}", .errorIfUnset), ("${x:+a}", .alternativeIfSet),
        ("${x+a}", .alternative), ("${x#p}", .removeSmallestPrefix), ("${x##p}", .removeLargestPrefix),
        ("${x%p}", .removeSmallestSuffix), ("${x%%p}", .removeLargestSuffix), ("${x/a/b}", .replaceFirst),
        ("${x//a/b}", .replaceAll), ("${x/#a/b}", .replacePrefix), ("${x/%a/b}", .replaceSuffix),
        ("${x:1:2}", .substring), ("${x^}", .upperFirst), ("${x^^}", .upperAll), ("${x,}", .lowerFirst),
        ("${x,,}", .lowerAll), ("${x@Q}", .transform),
    ])
    func parameterOperators(_ text: String, _ operation: ParameterOperation) throws {
        let expansion = try parameter(text)
        #expect(expansion.name == "x")
        #expect(expansion.operation == operation)
    }

    @Test func parameterForms() throws {
        #expect(try parameter("${#x}").isLength)
        #expect(try parameter("${!x}").isIndirect)
        #expect(try parameter("${a[@]}").isArrayAll)
        #expect(try parameter("\"${a[*]}\"").index == "*")
        #expect(try parameter("$@").isArrayAll)
        #expect(try parameter("${10}").name == "10")
        #expect(try parameter("$1").name == "1")
        #expect(try parameter("${#}").name == "#")
        let replace = try parameter("${x//a/b c}")
        #expect(replace.argument?.literalText == "a")
        #expect(replace.replacement?.literalText == "b c")
    }

    @Test func quotingForms() throws {
        let word = try #require(try firstCommand(#"echo 'a'"b$c"$'d'\e$"f""#).simple?.arguments.first)
        let kinds = word.parts.map { part -> String in
            switch part.kind {
            case .singleQuoted: "single"
            case .doubleQuoted(_, let localized): localized ? "localized" : "double"
            case .ansiCQuoted: "ansi"
            case .escaped: "escaped"
            default: "other"
            }
        }
        #expect(kinds == ["single", "double", "ansi", "escaped", "localized"])
    }

    @Test func substitutionsNest() throws {
        let word = try #require(try firstCommand("echo $(a $(b `c`))").simple?.arguments.first)
        guard case .commandSubstitution(let outer, false) = word.parts.first?.kind,
              let inner = outer.items.first?.first.commands.first?.simple?.arguments.first,
              case .commandSubstitution(let middle, false) = inner.parts.first?.kind,
              let deepest = middle.items.first?.first.commands.first?.simple?.arguments.first,
              case .commandSubstitution(_, true) = deepest.parts.first?.kind else {
            Issue.record("unexpected tree: \(word)")
            return
        }
    }

    @Test func redirections() throws {
        let command = try firstCommand("cmd 2>&1 >>log <in &>all {fd}>f 3<&- <<<word")
        #expect(command.redirections.map(\.op) == [">&", ">>", "<", "&>", ">", "<&", "<<<"])
        #expect(command.redirections[0].fd == 2)
        #expect(command.redirections[4].fdVariable == "fd")
    }

    @Test func heredocs() throws {
        let quoted = try firstCommand("cat <<'E'\n$x\nE\n").redirections[0].heredoc
        #expect(quoted?.isQuoted == true)
        #expect(quoted?.body.count == 1)
        let stripped = try firstCommand("cat <<-E\n\t$x\n\tE\n").redirections[0].heredoc
        #expect(stripped?.stripsTabs == true)
        #expect(stripped?.isQuoted == false)
        #expect(stripped?.body.contains { if case .parameter = $0.kind { true } else { false } } == true)
    }

    @Test func compoundCommands() throws {
        guard case .ifClause(let clause) = try firstCommand("if a; then b; elif c; then d; else e; fi").kind else {
            Issue.record("not an if")
            return
        }
        #expect(clause.branches.count == 2)
        #expect(clause.elseBody != nil)
        guard case .caseClause(let caseClause) = try firstCommand("case x in a|b) ;; c) ;& d) ;;& esac").kind else {
            Issue.record("not a case")
            return
        }
        #expect(caseClause.items.map(\.terminator) == [.doubleSemicolon, .fallThrough, .testNext])
        #expect(caseClause.items[0].patterns.count == 2)
        guard case .arithmeticFor = try firstCommand("for ((i=0;i<3;i++)); do :; done").kind,
              case .whileLoop(let until) = try firstCommand("until a; do b; done").kind,
              case .function(let function) = try firstCommand("function f { :; }").kind,
              case .function(let posix) = try firstCommand("g() ( : )").kind,
              case .subshell = try firstCommand("( a )").kind,
              case .group = try firstCommand("{ a; }").kind,
              case .arithmetic = try firstCommand("(( a > 1 ))").kind else {
            Issue.record("compound commands misparsed")
            return
        }
        #expect(until.isUntil)
        #expect(function.usesKeyword && function.name == "f")
        #expect(!posix.usesKeyword && posix.name == "g")
    }

    @Test func testExpressions() throws {
        guard case .doubleBracket(let expression) = try firstCommand("[[ ! -f a && ( $b == c* || $d =~ ^(e|f)$ ) ]]").kind,
              case .and(.not(.unary("-f", _, _)), .group(.or(.binary(_, "==", _, _), .binary(_, "=~", let regex, _))))
                = expression else {
            Issue.record("unexpected test tree")
            return
        }
        #expect(regex.literalText == "^(e|f)$")
    }

    @Test func assignmentsAndDeclarations() throws {
        let simple = try #require(try firstCommand("a=1 b+=2 c[3]=x d=(1 2) cmd").simple)
        #expect(simple.assignments.map(\.name) == ["a", "b", "c", "d"])
        #expect(simple.assignments[1].isAppend)
        #expect(simple.assignments[2].index == "3")
        if case .array(let elements) = simple.assignments[3].value { #expect(elements.count == 2) }
        let local = try #require(try firstCommand("local -r x=$(date) y").simple)
        #expect(local.declarations.map(\.name) == ["x"])
        #expect(local.arguments.compactMap(\.literalText) == ["-r", "y"])
    }

    @Test func listsAndPipelines() throws {
        let result = ShellParser.parse("! a | b |& c && d || e &\nf; g")
        #expect(result.isComplete)
        let first = try #require(result.script.body.items.first)
        #expect(first.first.isNegated)
        #expect(first.first.commands.count == 3)
        #expect(first.rest.map(\.op) == [.and, .or])
        #expect(first.isBackground)
        #expect(result.script.body.items.count == 3)
    }

    @Test func spansAreLineAndColumn() throws {
        let result = ShellParser.parse("if true; then\n  echo \"$x\"\nfi\n")
        guard case .ifClause(let clause) = result.script.body.items.first?.first.commands.first?.kind,
              let echo = clause.branches.first?.body.items.first?.first.commands.first?.simple else {
            Issue.record("unexpected tree")
            return
        }
        #expect(echo.words[0].span.start == Basics.SourceLocation(line: 2, column: 3))
        #expect(echo.words[1].span.start == Basics.SourceLocation(line: 2, column: 8))
        #expect(echo.words[1].span.end == Basics.SourceLocation(line: 2, column: 12))
    }
}

@Suite struct DollarInQuotesTests {
    @Test func dollarBeforeAQuoteIsLiteralInsideDoubleQuotes() throws {
        let result = ShellParser.parse("grep \"foo$\" \"$'x'\"")
        #expect(result.isComplete)
        let arguments = try #require(result.script.body.items.first?.first.commands.first?.simple?.arguments)
        #expect(arguments.map(\.literalText) == ["foo$", "$'x'"])
    }
}

@Suite struct TimedPipelineTests {
    @Test func timePrefixesThePipeline() throws {
        let result = ShellParser.parse("time -p { sleep 1; } | cat\ntime\n")
        #expect(result.isComplete)
        let first = try #require(result.script.body.items.first?.first)
        #expect(first.isTimed)
        #expect(first.commands.count == 2)
        let second = try #require(result.script.body.items.last?.first)
        #expect(!second.isTimed)
        #expect(second.commands.first?.simple?.name == "time")
    }
}
