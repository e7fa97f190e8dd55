import Basics

/// One command with the redirections applied to it.
public struct Command: Sendable, Hashable {
    public var kind: CommandKind
    public var redirections: [Redirection]
    public var span: SourceSpan

    public init(kind: CommandKind, redirections: [Redirection], span: SourceSpan) {
        self.kind = kind
        self.redirections = redirections
        self.span = span
    }

    /// The simple command, if this is one.
    public var simple: SimpleCommand? {
        if case .simple(let command) = kind { return command }
        return nil
    }
}

/// The forms a command takes.
public indirect enum CommandKind: Sendable, Hashable {
    case simple(SimpleCommand)
    /// `( … )`
    case subshell(CommandList)
    /// `{ …; }`
    case group(CommandList)
    case ifClause(IfClause)
    /// `for x in …; do …; done` and `select`.
    case forLoop(ForLoop)
    /// `for ((init; test; step)); do …; done`
    case arithmeticFor(ArithmeticForLoop)
    /// `while` and `until`.
    case whileLoop(WhileLoop)
    case caseClause(CaseClause)
    case function(FunctionDefinition)
    /// `[[ … ]]`
    case doubleBracket(TestExpression)
    /// `(( … ))`
    case arithmetic(ArithmeticExpression)
}

/// Assignments, words and nothing else: `A=1 cmd arg`.
public struct SimpleCommand: Sendable, Hashable {
    /// `NAME=value` words before the command name.
    public var assignments: [Assignment]
    /// The command name and its arguments (arguments of declaration builtins that look like
    /// assignments are in `declarations` instead).
    public var words: [ShellWord]
    /// `x=1` arguments of `local`, `export`, `declare`, `readonly`, `typeset`.
    public var declarations: [Assignment]

    public init(assignments: [Assignment], words: [ShellWord], declarations: [Assignment]) {
        self.assignments = assignments
        self.words = words
        self.declarations = declarations
    }

    /// The command name when written as plain text, such as `echo`.
    public var name: String? { words.first?.literalText }

    /// The arguments after the command name.
    public var arguments: [ShellWord] { Array(words.dropFirst()) }
}

/// `name=value`, `name+=value`, `name[i]=value`, `name=(a b)`.
public struct Assignment: Sendable, Hashable {
    public var name: String
    public var index: String?
    public var isAppend: Bool
    public var value: AssignmentValue
    public var nameSpan: SourceSpan
    public var span: SourceSpan

    public init(name: String, index: String?, isAppend: Bool, value: AssignmentValue,
                nameSpan: SourceSpan, span: SourceSpan) {
        self.name = name
        self.index = index
        self.isAppend = isAppend
        self.value = value
        self.nameSpan = nameSpan
        self.span = span
    }
}

/// The right-hand side of an assignment.
public enum AssignmentValue: Sendable, Hashable {
    /// A scalar; an empty word for `x=`.
    case word(ShellWord)
    /// `(a b [3]=c)`
    case array([ShellWord])
}
