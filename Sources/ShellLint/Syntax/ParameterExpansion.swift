import Basics

/// `$name`, `$1`, `$@`, or a braced `${…}` expansion with its operator.
public struct ParameterExpansion: Sendable, Hashable {
    /// The parameter: a variable name, a digit string, or one of `@*#?-$!0`.
    public var name: String
    /// Whether it was written with braces.
    public var braced: Bool
    /// The subscript text of `${a[…]}`, without brackets.
    public var index: String?
    /// `${#x}`
    public var isLength: Bool
    /// `${!x}` (indirection) or `${!prefix*}` / `${!a[@]}`.
    public var isIndirect: Bool
    /// The operator after the name, if any.
    public var operation: ParameterOperation?
    /// The word after the operator (`y` in `${x:-y}`); for `/` the pattern.
    public var argument: ShellWord?
    /// The replacement of `${x/a/b}`.
    public var replacement: ShellWord?

    public init(name: String, braced: Bool, index: String? = nil, isLength: Bool = false,
                isIndirect: Bool = false, operation: ParameterOperation? = nil,
                argument: ShellWord? = nil, replacement: ShellWord? = nil) {
        self.name = name
        self.braced = braced
        self.index = index
        self.isLength = isLength
        self.isIndirect = isIndirect
        self.operation = operation
        self.argument = argument
        self.replacement = replacement
    }

    /// `$@`, `${a[@]}` and friends: expansions that produce several words when quoted.
    public var isArrayAll: Bool {
        if isLength { return false }
        if name == "@" { return true }
        return index == "@"
    }

    /// `$*`, `${a[*]}`, `$@`, `${a[@]}`: expansions of every element.
    public var isAllElements: Bool {
        if isLength { return false }
        return name == "@" || name == "*" || index == "@" || index == "*"
    }

    /// A plain variable name (not positional or special).
    public var isVariableName: Bool {
        guard let first = name.unicodeScalars.first else { return false }
        return first == "_" || first.isASCIILetter
    }
}

/// The operators of `${x OP word}`.
public enum ParameterOperation: String, Sendable, Hashable, CaseIterable {
    case useDefault = "-", useDefaultIfEmpty = ":-"
    case assignDefault = "=", assignDefaultIfEmpty = ":="
    case errorIfUnset = "?", errorIfEmpty = ":?"
    case alternative = "+", alternativeIfSet = ":+"
    case removeSmallestPrefix = "#", removeLargestPrefix = "##"
    case removeSmallestSuffix = "%", removeLargestSuffix = "%%"
    case replaceFirst = "/", replaceAll = "//", replacePrefix = "/#", replaceSuffix = "/%"
    case substring = ":"
    case upperFirst = "^", upperAll = "^^", lowerFirst = ",", lowerAll = ",,"
    case transform = "@"

    /// Whether the operation supplies a value when the parameter is unset.
    public var providesDefault: Bool {
        switch self {
        case .useDefault, .useDefaultIfEmpty, .assignDefault, .assignDefaultIfEmpty,
             .errorIfUnset, .errorIfEmpty, .alternative, .alternativeIfSet:
            true
        default:
            false
        }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isNameCharacter: Bool { isASCIILetter || isASCIIDigit || self == "_" }
}
