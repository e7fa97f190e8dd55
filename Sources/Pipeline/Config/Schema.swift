/// The shape of one value in pipeline.json. The validator and `pipeline.schema.json` are both
/// derived from these descriptions, so the two cannot drift apart.
public indirect enum SchemaType: Sendable {
    case string
    /// A string that must be one of the listed values.
    case enumeration([String])
    /// A duration such as `300s`, `5m`, `1m30s`, `500ms`.
    case duration
    case integer(minimum: Int?, maximum: Int?)
    case boolean
    case array(of: SchemaType, minItems: Int)
    /// An object whose keys are free (environment, build args) and whose values share one type.
    case map(of: SchemaType)
    case object(ObjectSchema)
    /// A stage: an object whose keys depend on its `kind` (`PipelineSchema.stageSchema`).
    case stage
}

/// One key of an object.
public struct FieldSchema: Sendable {
    public var name: String
    public var type: SchemaType
    public var summary: String
    public var required: Bool

    public init(_ name: String, _ type: SchemaType, required: Bool = false, _ summary: String) {
        self.name = name
        self.type = type
        self.summary = summary
        self.required = required
    }
}

/// An object with a fixed set of keys.
public struct ObjectSchema: Sendable {
    public var fields: [FieldSchema]
    /// Groups of keys of which exactly one must be present (`run` or `sh`).
    public var exactlyOneOf: [[String]]

    public init(_ fields: [FieldSchema], exactlyOneOf: [[String]] = []) {
        self.fields = fields
        self.exactlyOneOf = exactlyOneOf
    }

    public func field(_ name: String) -> FieldSchema? { fieldIndex(name).map { fields[$0] } }

    /// Where the key `name` is in `fields`; an index loop, so no field is copied on the way.
    func fieldIndex(_ name: String) -> Int? {
        for i in fields.indices where fields[i].name == name { return i }
        return nil
    }
}

extension SchemaType {
    static let stringList = SchemaType.array(of: .string, minItems: 0)
    static let nonEmptyStringList = SchemaType.array(of: .string, minItems: 1)
    static let stringMap = SchemaType.map(of: .string)
    static let port = SchemaType.integer(minimum: 1, maximum: 65535)

    /// The phrase used in "expected …" errors.
    var expectation: String {
        switch self {
        case .string: "a string"
        case .enumeration(let values): "one of " + values.map { "\"\($0)\"" }.joined(separator: ", ")
        case .duration: "a duration such as \"300s\", \"5m\" or \"1m30s\" (units ms, s, m, h, d, w)"
        case .integer(let minimum, let maximum):
            switch (minimum, maximum) {
            case let (lo?, hi?): "an integer from \(lo) to \(hi)"
            case let (lo?, nil): "an integer of at least \(lo)"
            default: "an integer"
            }
        case .boolean: "true or false"
        case .array(let element, let minItems):
            (minItems > 0 ? "a non-empty array of " : "an array of ") + element.pluralNoun
        case .map(let element): "an object whose values are " + element.pluralNoun
        case .object: "an object"
        case .stage: "a stage object"
        }
    }

    private var pluralNoun: String {
        switch self {
        case .string, .enumeration, .duration: "strings"
        case .integer: "integers"
        case .boolean: "booleans"
        case .array: "arrays"
        case .map, .object, .stage: "objects"
        }
    }
}
