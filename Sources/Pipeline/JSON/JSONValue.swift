import Basics

/// A parsed JSON value that remembers where it was written, so errors can point at it.
public struct JSONNode: Sendable, Hashable {
    public var value: JSONValue
    public var location: SourceLocation

    public init(_ value: JSONValue, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// One `"key": value` member of a JSON object, in the order written.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: JSONNode

    public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// JSON's value kinds. Objects keep member order and duplicates; the decoder judges those.
/// Not `indirect`: arrays already box the nested nodes, and a box per scalar value would cost an
/// allocation for every string in the file.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The literal text is kept so integers are not routed through `Double`.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// The name a schema error uses for this kind of value ("found a number").
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
