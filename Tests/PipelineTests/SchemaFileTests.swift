import Basics
import Foundation
import Testing
@testable import Pipeline

/// Keeps `Sources/Pipeline/pipeline.schema.json` and the decoder in step.
@Suite struct SchemaFileTests {
    static let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Pipeline/pipeline.schema.json").standardized.path

    static func committedSchema() throws -> JSONNode {
        try JSONParser.parse(String(contentsOfFile: schemaPath, encoding: .utf8))
    }

    @Test func committedFileIsTheGeneratedOne() throws {
        let committed = try String(contentsOfFile: Self.schemaPath, encoding: .utf8)
        #expect(committed == JSONSchemaDocument.render(), "run `swift run pipeline schema > Sources/Pipeline/pipeline.schema.json`")
    }

    /// The property names of an object schema node.
    static func properties(_ node: JSONNode) -> [String] {
        guard case .object(let members) = node.value,
              case .object(let props)? = members.first(where: { $0.key == "properties" })?.value.value else { return [] }
        return props.map(\.key)
    }

    static func member(_ node: JSONNode, _ key: String) -> JSONNode? {
        guard case .object(let members) = node.value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A value the decoder accepts for `key` of a `kind` stage.
    static func sample(for field: FieldSchema) -> String {
        switch field.type {
        case .string: "\"x\""
        case .enumeration(let values): "\"\(values[0])\""
        case .duration: "\"5s\""
        case .integer(let minimum, _): String(minimum ?? 1)
        case .boolean: "true"
        case .array(.object, _): "[{\"log\": \"x\"}]"
        case .array(.integer, _): "[80]"
        case .array: "[\"x\"]"
        case .map: "{}"
        case .object: "{\"port\": 80}"
        case .stage: "{}"
        }
    }

    @Test(arguments: StageKind.allCases)
    func everyStageKeyInTheFileIsAcceptedByTheDecoderAndViceVersa(kind: StageKind) throws {
        let root = try Self.committedSchema()
        let definitions = try #require(Self.member(root, "$defs"))
        let definitionNode = try #require(Self.member(definitions, "stage-" + kind.rawValue))
        let keysInFile = Set(Self.properties(definitionNode))
        let schema = PipelineSchema.stageSchema(kind)
        #expect(keysInFile == Set(schema.fields.map(\.name)))
        for key in keysInFile where key != "kind" {
            let field = try #require(schema.field(key))
            var members = ["\"kind\": \"\(kind.rawValue)\"", "\"\(key)\": \(Self.sample(for: field))"]
            for other in schema.fields where other.required && other.name != key && other.name != "kind" {
                members.append("\"\(other.name)\": \(Self.sample(for: other))")
            }
            if let group = schema.exactlyOneOf.first, !group.contains(key) { members.append("\"\(group[0])\": [\"x\"]") }
            let text = #"{"version": 1, "stages": {"s": {"# + members.joined(separator: ", ") + "}}}"
            let problems = errors(text).filter { $0.contains("unknown key") || $0.contains("expected") }
            #expect(problems.isEmpty, "\(kind.rawValue).\(key): \(problems)")
        }
        let misspelled = #"{"version": 1, "stages": {"s": {"kind": "\#(kind.rawValue)", "nonsense": 1}}}"#
        #expect(errors(misspelled).contains { $0.contains("unknown key 'nonsense'") })
    }

    @Test func topLevelKeysMatch() throws {
        let root = try Self.committedSchema()
        #expect(Set(Self.properties(root)) == Set(PipelineSchema.document.fields.map(\.name)))
    }
}
