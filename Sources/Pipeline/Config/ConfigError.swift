import Basics

/// A problem in pipeline.json, reported as `file:line:column: key.path: message`.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation?
    /// Dotted key path (`stages.image.context`), empty for the document itself.
    public var path: String
    public var message: String

    public init(file: String, location: SourceLocation?, path: String, message: String) {
        self.file = file
        self.location = location
        self.path = path
        self.message = message
    }

    public var description: String {
        var text = file
        if let location { text += ":\(location.line):\(location.column)" }
        text += ": "
        if !path.isEmpty { text += path + ": " }
        return text + message
    }
}

/// One or more problems found while loading pipeline.json; nothing runs when there are any.
public struct ConfigErrors: UserFacingError, Sendable {
    public var errors: [ConfigError]
    public var exitCode: Int32 { 2 }

    public init(_ errors: [ConfigError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
