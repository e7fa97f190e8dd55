/// How bad a finding is, in hadolint's order: `error` is the most severe.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case error, warning, info, style

    private var rank: Int {
        switch self {
        case .error: 3
        case .warning: 2
        case .info: 1
        case .style: 0
        }
    }

    /// `a < b` when `a` is less severe than `b`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem a checker found, with the rule code (`DL3008`, `SC2086`, `PL1001`) and where it is.
public struct Finding: Sendable, Hashable {
    public var file: String
    public var span: SourceSpan
    public var code: String
    public var severity: Severity
    public var message: String

    public init(file: String, span: SourceSpan, code: String, severity: Severity, message: String) {
        self.file = file
        self.span = span
        self.code = code
        self.severity = severity
        self.message = message
    }
}
