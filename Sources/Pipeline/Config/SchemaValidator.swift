import Basics

/// Checks parsed JSON against `PipelineSchema`: types, required keys, unknown keys (with a
/// suggestion), duplicate keys and `exactlyOneOf` groups. Collects every error it finds.
///
/// Key paths and object descriptions are passed as autoclosures: they are built only for an
/// error, not for each of the thousands of values a large pipeline.json has.
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

    /// The schema of each stage kind, built once rather than once per stage.
    private static let stageSchemas = Dictionary(uniqueKeysWithValues: StageKind.allCases.map { ($0, PipelineSchema.stageSchema($0)) })

    private mutating func validateStage(_ node: JSONNode, path: @autoclosure () -> String) {
        guard case .object(let members) = node.value else {
            fail(node.location, path(), "expected a stage object, found \(node.value.kindName)")
            return
        }
        guard let kindMember = members.first(where: { $0.key == "kind" }) else {
            fail(node.location, path(), "missing required key 'kind' (one of \(StageKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            return
        }
        guard case .string(let kindName) = kindMember.value.value else {
            fail(kindMember.value.location, path() + ".kind", "expected a string, found \(kindMember.value.value.kindName)")
            return
        }
        guard let kind = StageKind(rawValue: kindName) else {
            let known = StageKind.allCases.map(\.rawValue)
            fail(kindMember.value.location, path() + ".kind",
                 "unknown stage kind '\(kindName)'\(Suggestion.hint(for: kindName, in: known)); known kinds: \(known.joined(separator: ", "))")
            return
        }
        let schema = Self.stageSchemas[kind] ?? PipelineSchema.stageSchema(kind)
        validateObject(members, at: node.location, path: path(), schema: schema, what: "a \(kind.rawValue) stage")
    }

    mutating func validate(_ node: JSONNode, as type: SchemaType, path: @autoclosure () -> String) {
        // Most values are strings where strings belong: answered before building the pair below.
        if case .string = type, case .string = node.value { return }
        switch (type, node.value) {
        case (.string, .string): return
        case (.enumeration(let values), .string(let s)):
            if !values.contains(s) {
                fail(node.location, path(), "expected \(type.expectation), found \"\(s)\"\(Suggestion.hint(for: s, in: values))")
            }
        case (.duration, .string(let s)):
            if DurationValue(parsing: s) == nil {
                fail(node.location, path(), "expected \(type.expectation), found \"\(s)\"")
            }
        case (.integer(let minimum, let maximum), .number(let text)):
            guard let value = Int(text) else {
                fail(node.location, path(), "expected \(type.expectation), found \(text)")
                return
            }
            if let minimum, value < minimum { fail(node.location, path(), "expected \(type.expectation), found \(value)") }
            if let maximum, value > maximum { fail(node.location, path(), "expected \(type.expectation), found \(value)") }
        case (.boolean, .bool): return
        case (.array(let element, let minItems), .array(let items)):
            if items.count < minItems {
                fail(node.location, path(), "expected \(type.expectation), found an empty array")
            }
            for i in items.indices {
                // Lists of strings are most lists: their items need no call of their own.
                if case .string = element, case .string = items[i].value { continue }
                validate(items[i], as: element, path: "\(path())[\(i)]")
            }
        case (.map(let element), .object(let members)):
            checkDuplicates(members, path: path())
            for m in members.indices {
                validate(members[m].value, as: element, path: Self.join(path(), members[m].key))
            }
        case (.stage, _):
            validateStage(node, path: path())
        case (.object(let schema), .object(let members)):
            validateObject(members, at: node.location, path: path(), schema: schema, what: "'\(path().split(separator: ".").last ?? "")'")
        default:
            fail(node.location, path(), "expected \(type.expectation), found \(node.value.kindName)")
        }
    }

    private mutating func validateObject(_ members: [JSONMember], at location: SourceLocation, path: @autoclosure () -> String,
                                         schema: ObjectSchema, what: @autoclosure () -> String) {
        checkDuplicates(members, path: path())
        // Index loops: iterating copies each member (its key, its whole value) otherwise.
        for m in members.indices {
            guard let field = schema.fieldIndex(members[m].key) else {
                reportUnknownKey(members[m], path: path(), schema: schema, what: what())
                continue
            }
            validate(members[m].value, as: schema.fields[field].type, path: Self.join(path(), members[m].key))
        }
        // Objects have a handful of keys: a scan is cheaper than building a set of them.
        func isPresent(_ name: String) -> Bool {
            for m in members.indices where members[m].key == name { return true }
            return false
        }
        for field in schema.fields.indices where schema.fields[field].required && !isPresent(schema.fields[field].name) {
            fail(location, path(), "missing required key '\(schema.fields[field].name)' in \(what())")
        }
        for group in schema.exactlyOneOf {
            let given = group.filter(isPresent)
            if given.count != 1 {
                let options = group.map { "'\($0)'" }.joined(separator: " or ")
                fail(location, path(), given.isEmpty
                    ? "\(what()) needs \(options)"
                    : "\(what()) takes only one of \(options), found \(given.map { "'\($0)'" }.joined(separator: " and "))")
            }
        }
    }

    private mutating func reportUnknownKey(_ member: JSONMember, path: String, schema: ObjectSchema, what: String) {
        let known = schema.fields.map(\.name)
        var message = "unknown key '\(member.key)' in \(what)"
        if let near = Suggestion.nearest(to: member.key, in: known) {
            message += " (did you mean '\(near)'?)"
        } else if let owner = Self.kindOwning(member.key) {
            message += " ('\(member.key)' belongs to \(owner) stages)"
        } else {
            message += "; known keys: \(known.joined(separator: ", "))"
        }
        fail(member.keyLocation, Self.join(path, member.key), message)
    }

    private mutating func checkDuplicates(_ members: [JSONMember], path: @autoclosure () -> String) {
        // A few keys: compare each with those before it. Many (the stages): remember them.
        if members.count <= Self.duplicateScanLimit {
            for i in members.indices {
                if let first = members.indices.prefix(i).first(where: { members[$0].key == members[i].key }) {
                    reportDuplicate(members[i], first: members[first].keyLocation, path: path())
                }
            }
            return
        }
        var seen: [String: SourceLocation] = [:]
        seen.reserveCapacity(members.count)
        for member in members {
            if let first = seen[member.key] {
                reportDuplicate(member, first: first, path: path())
            } else {
                seen[member.key] = member.keyLocation
            }
        }
    }

    private static let duplicateScanLimit = 16

    private mutating func reportDuplicate(_ member: JSONMember, first: SourceLocation, path: String) {
        fail(member.keyLocation, Self.join(path, member.key), "duplicate key '\(member.key)' (first defined at \(first))")
    }

    /// The stage kind whose own keys include `key`, for "belongs to docker-build stages".
    private static func kindOwning(_ key: String) -> String? {
        StageKind.allCases.first { PipelineSchema.kindFields($0).field(key) != nil }?.rawValue
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}
