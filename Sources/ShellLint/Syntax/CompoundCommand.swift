import Basics

/// `if … then … [elif … then …] [else …] fi`
public struct IfClause: Sendable, Hashable {
    /// The `if` and each `elif` branch.
    public var branches: [(condition: CommandList, body: CommandList)]
    public var elseBody: CommandList?

    public init(branches: [(condition: CommandList, body: CommandList)], elseBody: CommandList?) {
        self.branches = branches
        self.elseBody = elseBody
    }

    public static func == (lhs: IfClause, rhs: IfClause) -> Bool {
        lhs.branches.map(\.condition) == rhs.branches.map(\.condition)
            && lhs.branches.map(\.body) == rhs.branches.map(\.body) && lhs.elseBody == rhs.elseBody
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(branches.map(\.condition))
    }
}

/// `for name [in words]; do body; done` (also `select`).
public struct ForLoop: Sendable, Hashable {
    public var variable: String
    public var variableSpan: SourceSpan
    /// `nil` when there is no `in` (loops over `"$@"`).
    public var items: [ShellWord]?
    public var body: CommandList
    public var isSelect: Bool

    public init(variable: String, variableSpan: SourceSpan, items: [ShellWord]?, body: CommandList,
                isSelect: Bool) {
        self.variable = variable
        self.variableSpan = variableSpan
        self.items = items
        self.body = body
        self.isSelect = isSelect
    }
}

/// `for ((init; condition; step)); do body; done`
public struct ArithmeticForLoop: Sendable, Hashable {
    public var header: ArithmeticExpression
    public var body: CommandList

    public init(header: ArithmeticExpression, body: CommandList) {
        self.header = header
        self.body = body
    }
}

/// `while` / `until` loops.
public struct WhileLoop: Sendable, Hashable {
    public var isUntil: Bool
    public var condition: CommandList
    public var body: CommandList

    public init(isUntil: Bool, condition: CommandList, body: CommandList) {
        self.isUntil = isUntil
        self.condition = condition
        self.body = body
    }
}

/// `case word in pattern) …;; esac`
public struct CaseClause: Sendable, Hashable {
    public var subject: ShellWord
    public var items: [CaseItem]

    public init(subject: ShellWord, items: [CaseItem]) {
        self.subject = subject
        self.items = items
    }
}

/// One `pattern|pattern) body ;;` arm.
public struct CaseItem: Sendable, Hashable {
    public var patterns: [ShellWord]
    public var body: CommandList
    public var terminator: CaseTerminator
    public var span: SourceSpan

    public init(patterns: [ShellWord], body: CommandList, terminator: CaseTerminator, span: SourceSpan) {
        self.patterns = patterns
        self.body = body
        self.terminator = terminator
        self.span = span
    }
}

/// How a case arm ends.
public enum CaseTerminator: String, Sendable, Hashable {
    case doubleSemicolon = ";;", fallThrough = ";&", testNext = ";;&", none = ""
}

/// `name() body` or `function name [()] body`.
public struct FunctionDefinition: Sendable, Hashable {
    public var name: String
    public var nameSpan: SourceSpan
    public var usesKeyword: Bool
    public var body: Command

    public init(name: String, nameSpan: SourceSpan, usesKeyword: Bool, body: Command) {
        self.name = name
        self.nameSpan = nameSpan
        self.usesKeyword = usesKeyword
        self.body = body
    }
}

/// The expression inside `[[ … ]]`.
public indirect enum TestExpression: Sendable, Hashable {
    case word(ShellWord)
    case unary(op: String, operand: ShellWord, span: SourceSpan)
    case binary(lhs: ShellWord, op: String, rhs: ShellWord, opSpan: SourceSpan)
    case not(TestExpression)
    case and(TestExpression, TestExpression)
    case or(TestExpression, TestExpression)
    case group(TestExpression)
    /// `[[ ]]` with nothing inside.
    case empty
}
