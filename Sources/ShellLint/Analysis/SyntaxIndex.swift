import Basics

/// Where a word sits, which decides how the shell treats it (split, globbed, or neither).
enum WordRole: Sendable, Hashable {
    case commandName, argument, assignmentValue, arrayElement, redirectionTarget, heredocDelimiter
    case caseSubject, casePattern, forItem, testOperand, testRegex, parameterArgument
    case declarationName
    /// The value in `local x=value` (split in plain sh, not in bash or dash).
    case declarationValue

    /// Roles in which an unquoted expansion is split into words and globbed.
    var isSplit: Bool {
        switch self {
        case .commandName, .argument, .forItem, .arrayElement, .redirectionTarget: true
        default: false
        }
    }
}

/// A simple or compound command with facts about its surroundings.
struct CommandSite {
    var command: Command
    /// Its exit status is tested: in a condition, negated, or not last in an `&&`/`||` list.
    var isStatusChecked: Bool
    /// The operator after its pipeline in an and-or list.
    var followedBy: AndOrOperator?
    var isInFunction: Bool
    var isInPipeline: Bool
    var isInSubstitution: Bool
    /// The command's position in its pipeline and the pipeline's length.
    var pipelineIndex: Int
    var pipelineCount: Int
}

/// A word and the command it belongs to.
struct WordSite {
    var word: ShellWord
    var role: WordRole
    /// The simple command whose words include this one.
    var command: SimpleCommand?
    /// The variable whose value this word is.
    var assignmentName: String? = nil
    /// Index in `command.words` (0 is the name) when the role is `commandName` or `argument`.
    var wordIndex: Int
}

/// A parameter expansion and whether double quotes protect it.
struct ExpansionSite {
    var expansion: ParameterExpansion
    var span: SourceSpan
    var isQuoted: Bool
    var role: WordRole?
}

/// A `$(…)` or backtick substitution.
struct SubstitutionSite {
    var list: CommandList
    var span: SourceSpan
    var isBackquoted: Bool
    var isQuoted: Bool
    var role: WordRole?
}

/// An assignment with how it was made.
struct AssignmentSite {
    var assignment: Assignment
    /// The declaration builtin (`local`, `export` …) for `local x=1`; `nil` otherwise.
    var declaredBy: String?
    /// `FOO=1 cmd`: the value goes to `cmd`'s environment.
    var isCommandPrefix: Bool
    var command: SimpleCommand
    var commandSpan: SourceSpan
}

/// Every command, word, expansion and assignment of a script, in source order, gathered once
/// so rules do not each walk the tree.
struct SyntaxIndex {
    var commands: [CommandSite] = []
    var words: [WordSite] = []
    var expansions: [ExpansionSite] = []
    var substitutions: [SubstitutionSite] = []
    /// Every single-quoted part with the word it is in.
    var singleQuoted: [(part: WordPart, word: WordSite)] = []
    var assignments: [AssignmentSite] = []
    var andOrLists: [AndOrList] = []
    /// For each of `andOrLists`: whether it is (part of) an `if`/`while` condition.
    var andOrListIsCondition: [Bool] = []
    var functions: [FunctionDefinition] = []
    var heredocs: [Redirection] = []
    var arithmetic: [ArithmeticExpression] = []
    var testExpressions: [TestExpression] = []

    init(_ script: ShellScript) {
        var walker = SyntaxWalker()
        walker.walk(script.body, checked: false)
        self = walker.index
    }

    init() {}
}
