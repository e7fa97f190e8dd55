import Basics

/// A sequence of and-or lists separated by `;`, `&` or newlines: a script or a compound body.
public struct CommandList: Sendable, Hashable {
    public var items: [AndOrList]
    public var span: SourceSpan

    public init(items: [AndOrList], span: SourceSpan) {
        self.items = items
        self.span = span
    }
}

/// Pipelines joined by `&&` and `||`, optionally run in the background with `&`.
public struct AndOrList: Sendable, Hashable {
    public var first: Pipeline
    /// The following pipelines with the operator before each.
    public var rest: [(op: AndOrOperator, pipeline: Pipeline)]
    public var isBackground: Bool
    public var span: SourceSpan

    public init(first: Pipeline, rest: [(op: AndOrOperator, pipeline: Pipeline)], isBackground: Bool,
                span: SourceSpan) {
        self.first = first
        self.rest = rest
        self.isBackground = isBackground
        self.span = span
    }

    /// Every pipeline in order.
    public var pipelines: [Pipeline] { [first] + rest.map(\.pipeline) }

    public static func == (lhs: AndOrList, rhs: AndOrList) -> Bool {
        lhs.first == rhs.first && lhs.isBackground == rhs.isBackground && lhs.span == rhs.span
            && lhs.rest.map(\.op) == rhs.rest.map(\.op) && lhs.rest.map(\.pipeline) == rhs.rest.map(\.pipeline)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(first)
        hasher.combine(span)
    }
}

/// `&&` or `||`.
public enum AndOrOperator: String, Sendable, Hashable {
    case and = "&&", or = "||"
}

/// Commands joined by `|` (or `|&`), optionally negated with `!` or prefixed with `time`.
public struct Pipeline: Sendable, Hashable {
    public var isNegated: Bool
    public var commands: [Command]
    public var span: SourceSpan
    /// `time [-p] pipeline`.
    public var isTimed: Bool

    public init(isNegated: Bool, commands: [Command], span: SourceSpan, isTimed: Bool = false) {
        self.isNegated = isNegated
        self.commands = commands
        self.span = span
        self.isTimed = isTimed
    }
}
