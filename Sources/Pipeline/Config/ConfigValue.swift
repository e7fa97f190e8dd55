import Basics

/// A stage setting after `${VAR}` expansion: what the executor and the cache key see.
/// Not `indirect`: arrays and dictionaries already box nested values.
public enum ConfigValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([ConfigValue])
    case object([String: ConfigValue])

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var integer: Int? {
        if case .integer(let i) = self { return i }
        return nil
    }

    public var boolean: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }

    public var array: [ConfigValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var object: [String: ConfigValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// Element strings of an array of strings.
    public var strings: [String]? {
        guard case .array(let items) = self else { return nil }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for case .string(let s) in items { result.append(s) }
        return result
    }

    /// Values of an object of strings.
    public var stringMap: [String: String]? { object?.compactMapValues(\.string) }

    /// JSON with sorted keys: stable across runs, so it can be hashed and diffed.
    public var canonical: JSONWriter.Value {
        switch self {
        case .string(let s): .string(s)
        case .integer(let i): .int(i)
        case .boolean(let b): .bool(b)
        case .array(let items): .array(items.map(\.canonical))
        case .object(let members): .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.canonical) })
        }
    }
}
