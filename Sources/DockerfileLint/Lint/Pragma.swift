import Basics

/// A `# hadolint …` (or `# pipeline …`) comment.
struct Pragma: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `ignore=CODES`: the next instruction.
        case ignore(Set<String>)
        /// `global ignore=CODES`: the whole file.
        case globalIgnore(Set<String>)
        /// `stage ignore=CODES`: the rest of the stage.
        case stageIgnore(Set<String>)
        /// `shell=bash`: the shell RUNs are checked as.
        case shell(String)
    }

    var kind: Kind
    var span: SourceSpan

    /// Reads a comment's text (after `#`); nil when it is not a pragma.
    init?(comment: DockerfileComment) {
        let words = comment.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let tool = words.first?.lowercased(), tool == "hadolint" || tool == "pipeline", words.count >= 2 else {
            return nil
        }
        span = comment.span
        var rest = Array(words.dropFirst())
        var scope = "next"
        if ["global", "stage"].contains(rest[0].lowercased()) {
            scope = rest[0].lowercased()
            rest.removeFirst()
        }
        // `ignore=A, B` may have blanks after commas; join the remaining words back.
        let setting = rest.joined()
        guard let equals = setting.firstIndex(of: "=") else { return nil }
        let key = setting[..<equals].lowercased()
        let value = String(setting[setting.index(after: equals)...])
        switch key {
        case "ignore":
            let codes = Set(value.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty })
            guard !codes.isEmpty else { return nil }
            switch scope {
            case "global": kind = .globalIgnore(codes)
            case "stage": kind = .stageIgnore(codes)
            default: kind = .ignore(codes)
            }
        case "shell":
            guard scope == "next", !value.isEmpty else { return nil }
            kind = .shell(value)
        default:
            return nil
        }
    }

    /// Whether this is a next-instruction `ignore=` pragma (what DL1001 reports).
    var isInlineIgnore: Bool {
        if case .ignore = kind { return true }
        return false
    }
}

/// Applies ignore pragmas once, after every rule ran.
struct PragmaFilter {
    /// Codes ignored per instruction line.
    var lineIgnores: [Int: Set<String>] = [:]
    var globalIgnores = Set<String>()
    /// (first line, last line, codes) for stage ignores.
    var rangeIgnores: [(ClosedRange<Int>, Set<String>)] = []

    init(pragmas: [Pragma], context: LintContext) {
        let instructionLines = context.parse.instructions.map(\.span.start.line)
        let stageStarts = context.stages.map { context.instructions[$0.fromIndex].span.start.line }
        for pragma in pragmas {
            let line = pragma.span.start.line
            switch pragma.kind {
            case .ignore(let codes):
                if let next = instructionLines.first(where: { $0 > line }) { lineIgnores[next, default: []].formUnion(codes) }
            case .globalIgnore(let codes):
                globalIgnores.formUnion(codes)
            case .stageIgnore(let codes):
                let end = (stageStarts.first { $0 > line } ?? Int.max) - 1
                rangeIgnores.append((line...max(line, end), codes))
            case .shell:
                break
            }
        }
    }

    func suppresses(_ hit: RuleHit) -> Bool {
        if globalIgnores.contains(hit.code) { return true }
        if lineIgnores[hit.anchorLine]?.contains(hit.code) == true { return true }
        let line = hit.anchorLine > 0 ? hit.anchorLine : hit.span.start.line
        return rangeIgnores.contains { $0.0.contains(line) && $0.1.contains(hit.code) }
    }
}
