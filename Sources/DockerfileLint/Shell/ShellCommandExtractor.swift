import Basics
import ShellLint

/// Turns shell text into the commands the DL rules read. A narrow seam: the rules never see the
/// shell parser's tree, so the parser behind it can change without touching them.
protocol ShellCommandExtractor {
    func facts(for source: ShellSource, dialect: ShellDialect) -> RunFacts
}

/// The extractor built on ShellLint's parser; it walks every command, including those inside
/// compound commands, functions and command substitutions.
struct ShellLintCommandExtractor: ShellCommandExtractor {
    /// Shared with the ShellCheck bridge, so each RUN body is parsed once.
    var parses = ShellParseCache()

    func facts(for source: ShellSource, dialect: ShellDialect) -> RunFacts {
        let parsed = parses.parse(source.text, dialect: dialect)
        var walker = CommandCollector(source: source)
        walker.walk(parsed.script.body, depth: 0)
        return walker.facts
    }
}

/// Collects simple commands from a ShellLint tree.
private struct CommandCollector {
    let source: ShellSource
    var facts = RunFacts()

    mutating func walk(_ list: CommandList, depth: Int) {
        guard depth < 50 else { return }
        for item in list.items {
            for pipeline in item.pipelines {
                for (index, command) in pipeline.commands.enumerated() {
                    walk(command, index: index, count: pipeline.commands.count, depth: depth)
                }
            }
        }
    }

    mutating func walk(_ command: Command, index: Int, count: Int, depth: Int) {
        switch command.kind {
        case .simple(let simple):
            for word in simple.words { walkSubstitutions(word, depth: depth) }
            for assignment in simple.assignments {
                if case .word(let word) = assignment.value { walkSubstitutions(word, depth: depth) }
            }
            guard let first = simple.words.first else { return }
            let name = Self.text(of: first)
            let arguments = simple.arguments.map { RunWord(text: Self.text(of: $0), span: source.dockerfileSpan($0.span)) }
            let run = RunCommand(name: name, arguments: arguments, span: source.dockerfileSpan(command.span),
                                 pipelineIndex: index, pipelineCount: count)
            if name == "set", run.args.contains("pipefail") { facts.setsPipefail = true }
            facts.commands.append(run)
        case .subshell(let list), .group(let list):
            walk(list, depth: depth + 1)
        case .ifClause(let clause):
            for branch in clause.branches {
                walk(branch.condition, depth: depth + 1)
                walk(branch.body, depth: depth + 1)
            }
            if let elseBody = clause.elseBody { walk(elseBody, depth: depth + 1) }
        case .forLoop(let loop):
            walk(loop.body, depth: depth + 1)
        case .arithmeticFor(let loop):
            walk(loop.body, depth: depth + 1)
        case .whileLoop(let loop):
            walk(loop.condition, depth: depth + 1)
            walk(loop.body, depth: depth + 1)
        case .caseClause(let clause):
            for item in clause.items { walk(item.body, depth: depth + 1) }
        case .function(let function):
            walk(function.body, index: 0, count: 1, depth: depth + 1)
        case .doubleBracket, .arithmetic:
            break
        }
    }

    mutating func walkSubstitutions(_ word: ShellWord, depth: Int) {
        for part in word.parts { walkSubstitutions(part, depth: depth) }
    }

    mutating func walkSubstitutions(_ part: WordPart, depth: Int) {
        switch part.kind {
        case .commandSubstitution(let list, _), .processSubstitution(let list, _):
            walk(list, depth: depth + 1)
        case .doubleQuoted(let inner, _):
            for piece in inner { walkSubstitutions(piece, depth: depth) }
        default:
            break
        }
    }

    /// A word's text with quotes removed and expansions written back as `${name}` or `$(…)`.
    static func text(of word: ShellWord) -> String {
        word.parts.map(text(of:)).joined()
    }

    static func text(of part: WordPart) -> String {
        switch part.kind {
        case .literal(let text), .escaped(let text), .singleQuoted(let text), .ansiCQuoted(let text):
            return text
        case .doubleQuoted(let inner, _):
            return inner.map(text(of:)).joined()
        case .parameter(let expansion):
            return expansion.braced ? "${\(expansion.name)}" : "$\(expansion.name)"
        case .commandSubstitution:
            return "$(…)"
        case .arithmetic:
            return "$((…))"
        case .processSubstitution:
            return "<(…)"
        }
    }
}
