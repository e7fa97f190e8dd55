import Basics
import ShellLint

/// One instruction as the rules see it, with the facts computed once for every rule. A class:
/// some forty rules walk these lists, and passing a reference is one retain, not a deep copy.
final class LintedInstruction: Sendable {
    let instruction: Instruction
    /// Position in `LintContext.instructions`.
    let index: Int
    /// The stage it belongs to (`-1` before the first FROM).
    let stage: Int
    /// Whether ONBUILD wraps it.
    let isTriggered: Bool
    /// The line ignore pragmas attach to: the top-level instruction's first line.
    let anchorLine: Int
    /// The SHELL in effect.
    let shell: ShellInEffect
    /// Commands of a RUN (shell form, heredoc scripts or exec form).
    let run: RunFacts?

    init(instruction: Instruction, index: Int, stage: Int, isTriggered: Bool, anchorLine: Int, shell: ShellInEffect,
         run: RunFacts?) {
        self.instruction = instruction
        self.index = index
        self.stage = stage
        self.isTriggered = isTriggered
        self.anchorLine = anchorLine
        self.shell = shell
        self.run = run
    }

    var kind: InstructionKind { instruction.kind }
    var span: SourceSpan { instruction.span }
}

/// A build stage: its FROM and what it builds on.
struct Stage: Sendable {
    var index: Int
    var fromIndex: Int
    var from: FromClause
    /// The earlier stage `FROM` names, if it names one.
    var baseStage: Int?
    /// Whether the last stage or a base of another stage (its files end up in an image).
    var isImage = false
}

/// Everything rules read: instructions with their facts, stages and the configuration.
struct LintContext: Sendable {
    var instructions: [LintedInstruction] = []
    var stages: [Stage] = []
    var config: DockerfileLintConfig
    var parse: DockerfileParseResult
    /// ARG defaults declared before the first FROM (for `FROM ${BASE}`).
    var globalArgs: [String: String] = [:]
    /// Texts of files in the build context the caller passed (path → text), such as the ENTRYPOINT script.
    var scripts: [String: String]

    /// The RUN scripts' shell syntax trees, shared by the command extractor and the ShellCheck bridge.
    let shellParses = ShellParseCache()

    /// `extractor` nil: the one built on the shell checker's parser, sharing `shellParses`.
    init(parse: DockerfileParseResult, config: DockerfileLintConfig, scripts: [String: String] = [:],
         extractor: (any ShellCommandExtractor)? = nil) {
        let extractor = extractor ?? ShellLintCommandExtractor(parses: shellParses)
        self.parse = parse
        self.config = config
        self.scripts = scripts
        var shell = ShellInEffect.defaultShell
        var stageShells: [Int: ShellInEffect] = [:]
        var aliases: [String: Int] = [:]
        var stage = -1
        for instruction in parse.instructions {
            if instruction.kind == .from, let from = instruction.from {
                stage += 1
                let base = aliases[from.image.text.lowercased()]
                shell = base.flatMap { stageShells[$0] } ?? ShellInEffect.defaultShell(forImage: from.image.text)
                stages.append(Stage(index: stage, fromIndex: instructions.count, from: from, baseStage: base))
                if let alias = from.alias { aliases[alias.lowercased()] = stage }
            }
            if instruction.kind == .arg, stage < 0 {
                for pair in instruction.pairs { globalArgs[pair.key] = pair.value ?? globalArgs[pair.key] }
            }
            if instruction.kind == .shell, let argv = instruction.exec?.map(\.value), !argv.isEmpty {
                shell = ShellInEffect(argv: argv)
                stageShells[stage] = shell
            }
            append(instruction, stage: stage, triggered: false, anchor: instruction.span.start.line, shell: shell,
                   extractor: extractor)
            for inner in instruction.triggered {
                append(inner, stage: stage, triggered: true, anchor: instruction.span.start.line, shell: shell,
                       extractor: extractor)
            }
        }
        runs = instructions.compactMap { item in item.run.map { (item, $0) } }
        if let last = stages.indices.last { stages[last].isImage = true }
        for item in stages { if let base = item.baseStage { markImage(base) } }
    }

    private mutating func markImage(_ stage: Int) {
        var current: Int? = stage
        var guardCount = 0
        while let index = current, guardCount < stages.count {
            stages[index].isImage = true
            current = stages[index].baseStage
            guardCount += 1
        }
    }

    private mutating func append(_ instruction: Instruction, stage: Int, triggered: Bool, anchor: Int,
                                 shell: ShellInEffect, extractor: any ShellCommandExtractor) {
        var run: RunFacts?
        if instruction.kind == .run {
            run = Self.facts(of: instruction, shell: shell, extractor: extractor)
        }
        instructions.append(LintedInstruction(instruction: instruction, index: instructions.count, stage: stage,
                                              isTriggered: triggered, anchorLine: anchor, shell: shell, run: run))
    }

    /// The commands of a RUN: from its scripts when shell form, from the array when exec form.
    static func facts(of instruction: Instruction, shell: ShellInEffect,
                      extractor: some ShellCommandExtractor) -> RunFacts {
        if let exec = instruction.exec {
            guard let first = exec.first else { return RunFacts() }
            // `["sh", "-c", "script"]` hides nothing from the rules: its script is read too.
            if exec.count >= 3, ShellDialect(shellName: first.value) != nil, exec[1].value == "-c" {
                let origin = exec[2].span.start
                let source = ShellSource(text: exec[2].value, lineOrigins: [SourceLocation(line: origin.line, column: origin.column + 1)])
                return extractor.facts(for: source, dialect: ShellDialect(shellName: first.value) ?? .sh)
            }
            let command = RunCommand(name: first.value, arguments: exec.dropFirst().map { RunWord(text: $0.value, span: $0.span) },
                                     span: instruction.argumentSpan, pipelineIndex: 0, pipelineCount: 1)
            return RunFacts(commands: [command])
        }
        // PowerShell and cmd bodies are read with the POSIX parser too, as hadolint does: the
        // commands they run (apt-get, cd …) look the same; only ShellCheck and DL4006 skip them.
        var facts = RunFacts()
        for script in scripts(of: instruction, shell: shell) {
            let part = extractor.facts(for: script.source, dialect: script.dialect ?? .sh)
            facts.commands += part.commands
            facts.setsPipefail = facts.setsPipefail || part.setsPipefail
        }
        return facts
    }

    /// The shell scripts a RUN runs: the heredoc body alone for `RUN <<EOF`, else the shell
    /// text (heredocs included), plus a heredoc fed to a shell (`RUN bash <<EOF`).
    static func scripts(of instruction: Instruction, shell: ShellInEffect) -> [RunScript] {
        guard let source = instruction.shell else { return [] }
        let firstLine = instruction.argumentText.split(separator: "\n").first.map(String.init) ?? ""
        let lineWords = firstLine.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if !instruction.heredocs.isEmpty, lineWords.count == instruction.heredocs.count,
           lineWords.allSatisfy({ $0.hasPrefix("<<") }) {
            return instruction.heredocs.compactMap { heredoc in
                if let shebang = heredoc.shebang {
                    guard let dialect = ShellDialect(shebang: shebang) else { return nil }
                    return RunScript(source: heredoc.body, dialect: dialect, fromShebang: true)
                }
                return RunScript(source: heredoc.body, dialect: shell.dialect, fromShebang: false)
            }
        }
        var result = [RunScript(source: source, dialect: shell.dialect, fromShebang: false)]
        // `RUN bash <<EOF` and `RUN <<EOF bash` feed the heredoc to a shell: it is a script too.
        if let command = lineWords.first(where: { !$0.hasPrefix("<<") }),
           let dialect = ShellDialect(shellName: String(command)),
           !lineWords.contains("-c"), let heredoc = instruction.heredocs.first {
            result.append(RunScript(source: heredoc.body, dialect: dialect, fromShebang: true))
        }
        return result
    }

    // MARK: - Queries rules share

    /// Instructions of `kind`, not counting those inside ONBUILD unless asked.
    func all(_ kind: InstructionKind, includingTriggered: Bool = false) -> [LintedInstruction] {
        instructions.filter { $0.kind == kind && (includingTriggered || !$0.isTriggered) }
    }

    /// RUN instructions with their facts (ONBUILD RUNs included, as hadolint checks them).
    private(set) var runs: [(item: LintedInstruction, facts: RunFacts)] = []

    /// Instructions of one stage.
    func instructions(inStage stage: Int) -> [LintedInstruction] {
        instructions.filter { $0.stage == stage }
    }

    /// The stage aliases defined before instruction `index`, lowercased.
    func aliases(before index: Int) -> Set<String> {
        Set(stages.filter { $0.fromIndex < index }.compactMap { $0.from.alias?.lowercased() })
    }
}

/// A script a RUN runs and the shell that reads it.
struct RunScript: Sendable {
    var source: ShellSource
    /// nil when the SHELL is not a shell ShellCheck knows.
    var dialect: ShellDialect?
    /// Whether the dialect comes from the script (shebang or `bash <<EOF`).
    var fromShebang: Bool
}
