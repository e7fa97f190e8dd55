import Basics

/// Renders `PipelineSchema` as a JSON Schema (draft 2020-12) for editors: completion,
/// hover text and checking of pipeline.json. The committed `pipeline.schema.json` is this
/// output; a test keeps them equal.
public enum JSONSchemaDocument {
    public static func render() -> String {
        JSONWriter.write(document, indent: 2) + "\n"
    }

    static var document: JSONWriter.Value {
        var root = objectSchema(PipelineSchema.document)
        root.insert(contentsOf: [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("pipeline.schema.json")),
            ("title", .string("pipeline.json")),
            ("description", .string("Stages, targets and variables for the pipeline build tool (version 1).")),
        ], at: 0)
        let kinds: [(String, JSONWriter.Value)] = StageKind.allCases.map { kind in
            var schema = objectSchema(PipelineSchema.stageSchema(kind), kind: kind)
            schema.insert(("title", .string("\(kind.rawValue) stage")), at: 0)
            return ("stage-" + kind.rawValue, .object(schema))
        }
        root.append(("$defs", .object(kinds + [
            ("stage", .object([
                ("type", .string("object")),
                ("required", .array([.string("kind")])),
                ("oneOf", .array(StageKind.allCases.map { .object([("$ref", .string("#/$defs/stage-\($0.rawValue)"))]) })),
            ])),
        ])))
        return .object(root)
    }

    private static func objectSchema(_ schema: ObjectSchema, kind: StageKind? = nil) -> [(String, JSONWriter.Value)] {
        var properties: [(String, JSONWriter.Value)] = []
        for field in schema.fields {
            var property = members(of: field.type)
            if field.name == "kind", let kind {
                property = [("const", .string(kind.rawValue))]
            }
            property.insert(("description", .string(field.summary)), at: 0)
            properties.append((field.name, .object(property)))
        }
        var result: [(String, JSONWriter.Value)] = [("type", .string("object")), ("properties", .object(properties))]
        let required = schema.fields.filter(\.required).map { JSONWriter.Value.string($0.name) }
        if !required.isEmpty { result.append(("required", .array(required))) }
        result.append(("additionalProperties", .bool(false)))
        if !schema.exactlyOneOf.isEmpty {
            let groups = schema.exactlyOneOf.map { group in
                JSONWriter.Value.object([("oneOf", .array(group.map { .object([("required", .array([.string($0)]))]) }))])
            }
            result.append(("allOf", .array(groups)))
        }
        return result
    }

    private static func members(of type: SchemaType) -> [(String, JSONWriter.Value)] {
        switch type {
        case .string: return [("type", .string("string"))]
        case .enumeration(let values): return [("type", .string("string")), ("enum", .array(values.map { .string($0) }))]
        case .duration: return [("type", .string("string")), ("pattern", .string("^([0-9]+(ms|s|m|h|d|w))+$"))]
        case .integer(let minimum, let maximum):
            var result: [(String, JSONWriter.Value)] = [("type", .string("integer"))]
            if let minimum { result.append(("minimum", .int(minimum))) }
            if let maximum { result.append(("maximum", .int(maximum))) }
            return result
        case .boolean: return [("type", .string("boolean"))]
        case .array(let element, let minItems):
            var result: [(String, JSONWriter.Value)] = [("type", .string("array")), ("items", .object(members(of: element)))]
            if minItems > 0 { result.append(("minItems", .int(minItems))) }
            return result
        case .map(let element):
            return [("type", .string("object")), ("additionalProperties", .object(members(of: element)))]
        case .object(let schema): return objectSchema(schema)
        case .stage: return [("$ref", .string("#/$defs/stage"))]
        }
    }
}
