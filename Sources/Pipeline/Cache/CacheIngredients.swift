import Basics

/// Everything that decides whether a stage's last result can be reused, kept as
/// a value so a miss can be explained by diffing two of them (after llbuild's signatures).
///
/// The key is the SHA-256 of `json()` written compactly with sorted keys. Secrets never appear
/// in it as text: `SecretMasker` replaces them by an HMAC first.
public struct CacheIngredients: Sendable, Hashable {
    /// Bumped whenever the encoding or the meaning of an ingredient changes.
    public static let formatVersion = 2

    /// One input file as it was hashed.
    public struct InputFile: Sendable, Hashable {
        public var path: String
        public var executable: Bool
        public var digest: Digest

        public init(path: String, executable: Bool, digest: Digest) {
            self.path = path
            self.executable = executable
            self.digest = digest
        }
    }

    public var format: Int
    public var kind: String
    /// Each setting (kind keys, `inputs`, `outputs`, `env`) as canonical JSON text, secrets masked.
    public var settings: [String: String]
    /// The variables the stage used, secrets masked.
    public var variables: [String: String]
    /// Sorted by path.
    public var inputs: [InputFile]
    /// Output digests of the stages it needs, by name.
    public var upstream: [String: Digest]
    /// Facts about the world the result depends on (engine version and platform for docker stages).
    public var environment: [String: String]

    public init(format: Int = CacheIngredients.formatVersion, kind: String, settings: [String: String], variables: [String: String],
                inputs: [InputFile], upstream: [String: Digest], environment: [String: String] = [:]) {
        self.format = format
        self.kind = kind
        self.settings = settings
        self.variables = variables
        let ordered = zip(inputs, inputs.dropFirst()).allSatisfy { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.inputs = ordered ? inputs : inputs.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.upstream = upstream
        self.environment = environment
    }

    /// The ingredients of `stage`: its settings and variables (masked), the given inputs and
    /// upstream digests.
    public init(stage: Stage, inputs: [InputFile], upstream: [String: Digest], masker: SecretMasker, environment: [String: String] = [:]) {
        var settings: [String: String] = [:]
        for (key, value) in stage.settings { settings[key] = masker.mask(JSONWriter.write(value.canonical)) }
        settings["inputs"] = JSONWriter.write(.array(stage.inputs.map { .string($0) }))
        settings["outputs"] = JSONWriter.write(.array(stage.outputs.map { .string($0) }))
        settings["env"] = masker.mask(JSONWriter.write(ConfigValue.object(stage.env.mapValues(ConfigValue.string)).canonical))
        self.init(kind: stage.kind.rawValue, settings: settings, variables: stage.variables.mapValues(masker.mask),
                  inputs: inputs, upstream: upstream, environment: environment)
    }

    public func json() -> JSONWriter.Value {
        func sortedObject(_ dictionary: [String: String]) -> JSONWriter.Value {
            .object(dictionary.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
        }
        return .object([
            ("environment", sortedObject(environment)),
            ("format", .int(format)),
            ("inputs", .array(inputs.map { .array([.string($0.path), .bool($0.executable), .string($0.digest.hex)]) })),
            ("kind", .string(kind)),
            ("settings", sortedObject(settings)),
            ("upstream", sortedObject(upstream.mapValues(\.hex))),
            ("variables", sortedObject(variables)),
        ])
    }

    /// `JSONWriter.write(json())`, byte for byte, written directly as UTF-8: every build derives
    /// a key per stage, and the generic writer's value tree costs more than the hashing.
    public var canonicalBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512 + inputs.count * 120)
        func append(_ text: StaticString) {
            text.withUTF8Buffer { out += $0 }
        }
        func object(_ dictionary: [String: String]) {
            append("{")
            for (i, key) in dictionary.keys.sorted().enumerated() {
                if i > 0 { append(",") }
                JSONWriter.appendString(key, to: &out)
                append(":")
                JSONWriter.appendString(dictionary[key] ?? "", to: &out)
            }
            append("}")
        }
        append("{\"environment\":")
        object(environment)
        append(",\"format\":")
        out += String(format).utf8
        append(",\"inputs\":[")
        for (i, input) in inputs.enumerated() {
            append(i > 0 ? ",[" : "[")
            JSONWriter.appendString(input.path, to: &out)
            append(input.executable ? ",true,\"" : ",false,\"")
            input.digest.appendHex(to: &out)
            append("\"]")
        }
        append("],\"kind\":")
        JSONWriter.appendString(kind, to: &out)
        append(",\"settings\":")
        object(settings)
        append(",\"upstream\":")
        object(upstream.mapValues(\.hex))
        append(",\"variables\":")
        object(variables)
        append("}")
        return out
    }

    /// The cache key.
    public var key: Digest { SHA256.hash(canonicalBytes) }

    /// Reads ingredients back from a record; nil if the shape is not this version's.
    public init?(json node: JSONNode) {
        guard case .object(let members) = node.value else { return nil }
        func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value.value }
        func strings(_ key: String) -> [String: String]? {
            guard case .object(let items)? = member(key) else { return nil }
            var result: [String: String] = [:]
            for item in items {
                guard case .string(let s) = item.value.value else { return nil }
                result[item.key] = s
            }
            return result
        }
        guard case .number(let formatText)? = member("format"), let format = Int(formatText),
              case .string(let kind)? = member("kind"),
              let settings = strings("settings"), let variables = strings("variables"),
              let upstreamHex = strings("upstream"), let environment = strings("environment"),
              case .array(let inputNodes)? = member("inputs") else { return nil }
        var inputs: [InputFile] = []
        for node in inputNodes {
            guard case .array(let parts) = node.value, parts.count == 3,
                  case .string(let path) = parts[0].value, case .bool(let executable) = parts[1].value,
                  case .string(let hex) = parts[2].value, let digest = Digest(hex: hex) else { return nil }
            inputs.append(InputFile(path: path, executable: executable, digest: digest))
        }
        var upstream: [String: Digest] = [:]
        for (name, hex) in upstreamHex {
            guard let digest = Digest(hex: hex) else { return nil }
            upstream[name] = digest
        }
        self.init(format: format, kind: kind, settings: settings, variables: variables, inputs: inputs,
                  upstream: upstream, environment: environment)
    }

    /// What changed from `old` to `self`, one line each, in the words `explain` uses:
    /// `docker/entrypoint.sh: content 3f1a9b2c…→9b2c3f1a…`, `var ONE_VERSION: 7.0→7.1`,
    /// `upstream render: output changed`.
    public func differences(from old: CacheIngredients) -> [String] {
        var lines: [String] = []
        if old.format != format { lines.append("cache format \(old.format)→\(format)") }
        if old.kind != kind { lines.append("kind \(old.kind)→\(kind)") }
        for name in Set(old.variables.keys).union(variables.keys).sorted() where old.variables[name] != variables[name] {
            let before = old.variables[name], after = variables[name]
            if before.map(SecretMasker.isMasked) == true || after.map(SecretMasker.isMasked) == true {
                lines.append("var \(name): changed (secret)")
            } else {
                lines.append("var \(name): \(before ?? "(unused)")→\(after ?? "(unused)")")
            }
        }
        for key in Set(old.settings.keys).union(settings.keys).sorted() where old.settings[key] != settings[key] {
            lines.append("config \(key): \(old.settings[key] ?? "(unset)")→\(settings[key] ?? "(unset)")")
        }
        let before = Dictionary(old.inputs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(inputs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in Set(before.keys).union(after.keys).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            switch (before[path], after[path]) {
            case (nil, _?): lines.append("\(path): added")
            case (_?, nil): lines.append("\(path): removed")
            case let (a?, b?):
                if a.digest != b.digest { lines.append("\(path): content \(a.digest.short)…→\(b.digest.short)…") }
                if a.executable != b.executable { lines.append("\(path): executable bit \(b.executable ? "set" : "cleared")") }
            default: break
            }
        }
        for name in Set(old.upstream.keys).union(upstream.keys).sorted() where old.upstream[name] != upstream[name] {
            switch (old.upstream[name], upstream[name]) {
            case (nil, _?): lines.append("upstream \(name): new dependency")
            case (_?, nil): lines.append("upstream \(name): no longer needed")
            default: lines.append("upstream \(name): output changed")
            }
        }
        for key in Set(old.environment.keys).union(environment.keys).sorted() where old.environment[key] != environment[key] {
            lines.append("\(key): \(old.environment[key] ?? "(unset)")→\(environment[key] ?? "(unset)")")
        }
        return lines
    }
}
