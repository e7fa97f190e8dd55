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
extension Pragma {
    /// What `pragmas` silence: `ignore=` the next instruction, `global ignore=` the file,
    /// a stage ignore the rest of its stage.
    static func suppressions(_ pragmas: [Pragma], context: LintContext) -> Suppressions {
        var result = Suppressions()
        let instructionLines = context.parse.instructions.map(\.span.start.line)
        let stageStarts = context.stages.map { context.instructions[$0.fromIndex].span.start.line }
        for pragma in pragmas {
            let line = pragma.span.start.line
            switch pragma.kind {
            case .ignore(let codes):
                if let next = instructionLines.first(where: { $0 > line }) { result.ignore(codes, lines: next...next) }
            case .globalIgnore(let codes):
                result.everywhere.formUnion(codes)
            case .stageIgnore(let codes):
                let end = (stageStarts.first { $0 > line } ?? Int.max) - 1
                result.ignore(codes, lines: line...max(line, end))
            case .shell:
                break
            }
        }
        return result
    }
}
