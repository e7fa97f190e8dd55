import Basics

/// Checks parsed JSON against `PipelineSchema`: types, required keys, unknown keys (with a
/// suggestion), duplicate keys and `exactlyOneOf` groups. Collects every error it finds.
struct SchemaValidator {
    let file: String
    private(set) var errors: [ConfigError] = []

    init(file: String) {
        self.file = file
    }

    mutating func fail(_ location: SourceLocation?, _ path: String, _ message: String) {
        errors.append(ConfigError(file: file, location: location, path: path, message: message))
    }

    /// Validates the whole document, dispatching each stage on its `kind`.
    mutating func validateDocument(_ root: JSONNode) {
        guard case .object(let members) = root.value else {
            fail(root.location, "", "expected the document to be an object, found \(root.value.kindName)")
            return
        }
        validateObject(members, at: root.location, path: "", schema: PipelineSchema.document, what: "pipeline.json")
        if let stages = members.first(where: { $0.key == "stages" })?.value,
           case .object(let stageMembers) = stages.value, stageMembers.isEmpty {
            fail(stages.location, "stages", "no stages defined; add at least one stage")
        }
    }

    private mutating func validateStage(_ node: JSONNode, path: String) {
        guard case .object(let members) = node.value else {
            fail(node.location, path, "expected a stage object, found \(node.value.kindName)")
            return
        }
        guard let kindMember = members.first(where: { $0.key == "kind" }) else {
            fail(node.location, path, "missing required key 'kind' (one of \(StageKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            return
        }
        guard case .string(let kindName) = kindMember.value.value else {
            fail(kindMember.value.location, path + ".kind", "expected a string, found \(kindMember.value.value.kindName)")
            return
        }
        guard let kind = StageKind(rawValue: kindName) else {
            let known = StageKind.allCases.map(\.rawValue)
            fail(kindMember.value.location, path + ".kind",
                 "unknown stage kind '\(kindName)'\(Suggestion.hint(for: kindName, in: known)); known kinds: \(known.joined(separator: ", "))")
            return
        }
        validateObject(members, at: node.location, path: path, schema: PipelineSchema.stageSchema(kind), what: "a \(kind.rawValue) stage")
    }

    mutating func validate(_ node: JSONNode, as type: SchemaType, path: String) {
        switch (type, node.value) {
        case (.string, .string): return
        case (.enumeration(let values), .string(let s)):
            if !values.contains(s) {
                fail(node.location, path, "expected \(type.expectation), found \"\(s)\"\(Suggestion.hint(for: s, in: values))")
            }
        case (.duration, .string(let s)):
            if DurationValue(parsing: s) == nil {
                fail(node.location, path, "expected \(type.expectation), found \"\(s)\"")
            }
        case (.integer(let minimum, let maximum), .number(let text)):
            guard let value = Int(text) else {
                fail(node.location, path, "expected \(type.expectation), found \(text)")
                return
            }
            if let minimum, value < minimum { fail(node.location, path, "expected \(type.expectation), found \(value)") }
            if let maximum, value > maximum { fail(node.location, path, "expected \(type.expectation), found \(value)") }
        case (.boolean, .bool): return
        case (.array(let element, let minItems), .array(let items)):
            if items.count < minItems {
                fail(node.location, path, "expected \(type.expectation), found an empty array")
            }
            for (i, item) in items.enumerated() {
                validate(item, as: element, path: "\(path)[\(i)]")
            }
        case (.map(let element), .object(let members)):
            checkDuplicates(members, path: path)
            for member in members {
                validate(member.value, as: element, path: join(path, member.key))
            }
        case (.stage, _):
            validateStage(node, path: path)
        case (.object(let schema), .object(let members)):
            validateObject(members, at: node.location, path: path, schema: schema, what: "'\(path.split(separator: ".").last ?? "")'")
        default:
            fail(node.location, path, "expected \(type.expectation), found \(node.value.kindName)")
        }
    }

    private mutating func validateObject(_ members: [JSONMember], at location: SourceLocation, path: String, schema: ObjectSchema, what: String) {
        checkDuplicates(members, path: path)
        let known = schema.fields.map(\.name)
        for member in members {
            let memberPath = join(path, member.key)
            guard let field = schema.field(member.key) else {
                var message = "unknown key '\(member.key)' in \(what)"
                if let near = Suggestion.nearest(to: member.key, in: known) {
                    message += " (did you mean '\(near)'?)"
                } else if let owner = Self.kindOwning(member.key) {
                    message += " ('\(member.key)' belongs to \(owner) stages)"
                } else {
                    message += "; known keys: \(known.joined(separator: ", "))"
                }
                fail(member.keyLocation, memberPath, message)
                continue
            }
            validate(member.value, as: field.type, path: memberPath)
        }
        let present = Set(members.map(\.key))
        for field in schema.fields where field.required && !present.contains(field.name) {
            fail(location, path, "missing required key '\(field.name)' in \(what)")
        }
        for group in schema.exactlyOneOf {
            let given = group.filter(present.contains)
            if given.count != 1 {
                let options = group.map { "'\($0)'" }.joined(separator: " or ")
                fail(location, path, given.isEmpty
                    ? "\(what) needs \(options)"
                    : "\(what) takes only one of \(options), found \(given.map { "'\($0)'" }.joined(separator: " and "))")
            }
        }
    }

    private mutating func checkDuplicates(_ members: [JSONMember], path: String) {
        var seen: [String: SourceLocation] = [:]
        for member in members {
            if let first = seen[member.key] {
                fail(member.keyLocation, join(path, member.key), "duplicate key '\(member.key)' (first defined at \(first))")
            } else {
                seen[member.key] = member.keyLocation
            }
        }
    }

    /// The stage kind whose own keys include `key`, for "belongs to docker-build stages".
    private static func kindOwning(_ key: String) -> String? {
        StageKind.allCases.first { PipelineSchema.kindFields($0).field(key) != nil }?.rawValue
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}
