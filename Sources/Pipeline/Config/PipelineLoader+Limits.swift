import Basics

/// Checks of pipeline.json that the schema cannot express: the file's size and encoding, and
/// values that would load but then fail or mislead at run time (a regex that cannot compile,
/// a stage name that cannot be a file name, an env key with `=`, a secret too short to hide,
/// a secret spliced into shell text).
extension PipelineLoader {
    /// The largest pipeline.json read. Real ones are a few kilobytes; `-f /dev/zero` is not one.
    public static let maximumFileSize = 16 << 20
    /// Stage names become log file names (`.pipeline/logs/<stage>.log`), which file systems
    /// cap at 255 bytes.
    static let maximumStageNameLength = 128
    /// Shorter secret values are refused: replacing every occurrence of `ab` with `***` hides
    /// unrelated text (digests, words) and the value is guessable anyway.
    static let minimumSecretLength = 4

    /// The text of pipeline.json from the bytes read with `readFile(upTo: maximumFileSize + 1)`:
    /// refused when larger than `maximumFileSize` or not UTF-8 (with the first bad byte's position).
    public static func text(of bytes: [UInt8], file: String) throws(ConfigErrors) -> String {
        guard bytes.count <= maximumFileSize else {
            throw ConfigErrors([ConfigError(file: file, location: nil, path: "",
                                            message: "larger than \(maximumFileSize >> 20) MiB; this is not a pipeline.json (check -f)")])
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = UTF8Check.firstInvalidOffset(bytes) ?? 0
        let byte = String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)
        throw ConfigErrors([ConfigError(file: file, location: UTF8Check.location(of: offset, in: bytes), path: "",
                                        message: "not valid UTF-8 text (byte 0x\(byte)); save the file as UTF-8")])
    }

    /// Refuses secret values too short to redact; says nothing of the value itself.
    mutating func checkSecretValues(_ nodes: [JSONNode], names: [String]) {
        for (i, name) in names.enumerated() where i < nodes.count {
            guard let value = context.environment[name], !value.isEmpty, value.unicodeScalars.count < Self.minimumSecretLength else { continue }
            fail(nodes[i].location, "secrets[\(i)]",
                 "secret '\(name)' is set to a value shorter than \(Self.minimumSecretLength) characters; it cannot be hidden in output without hiding unrelated text (each occurrence would become ***), so use a longer value or unset it")
        }
    }

    /// The checks of one stage that need its raw fields and the expander.
    mutating func checkStage(named name: String, kind: StageKind, at location: SourceLocation, fields: [JSONMember], path: String, expander: VariableExpander) {
        if name.scalarCount > Self.maximumStageNameLength {
            fail(location, String(path.prefix(60)) + "…",
                 "stage name of \(name.unicodeScalars.count) characters; names become log file names and may have at most \(Self.maximumStageNameLength)")
        }
        for field in fields {
            func fieldPath() -> String { path + "." + field.key }
            switch (field.key, kind) {
            case ("env", _), ("args", .dockerBuild), ("labels", .dockerBuild):
                checkKeys(field.value, path: fieldPath(), what: field.key == "env" ? "environment variable" : field.key == "args" ? "build argument" : "label")
            case ("sh", .exec):
                warnAboutSecrets(in: field.value, path: fieldPath(), expander: expander)
            default: continue
            }
        }
    }

    /// Keys of `env`, `args`, `labels`: passed as `NAME=VALUE`, so a key with `=` (or empty)
    /// would silently become another name and value; NUL cannot pass through exec at all.
    private mutating func checkKeys(_ node: JSONNode, path: String, what: String) {
        guard case .object(let members) = node.value else { return }
        for member in members {
            let memberPath = member.key.isEmpty ? path : path + "." + member.key
            if member.key.isEmpty {
                fail(member.keyLocation, memberPath, "an empty \(what) name; give it a name")
            } else if member.key.contains("=") {
                fail(member.keyLocation, memberPath, "'\(member.key)' is not a valid \(what) name: it contains '=', which separates the name from the value")
            } else if member.key.unicodeScalars.contains("\0") {
                fail(member.keyLocation, memberPath, "the \(what) name contains a NUL character (\\u0000), which cannot be passed to a process")
            }
            if case .string(let value) = member.value.value, value.unicodeScalars.contains("\0") {
                fail(member.value.location, memberPath, "the value contains a NUL character (\\u0000), which cannot be passed to a process")
            }
        }
    }

    /// `${SECRET}` inside `sh` becomes shell text: its characters run as shell code (a value
    /// holding `$(…)` or `;` executes) and it shows in `ps`. Through `env` it stays a value.
    private mutating func warnAboutSecrets(in node: JSONNode, path: String, expander: VariableExpander) {
        guard case .string(let raw) = node.value, VariableExpander.mayHaveReferences(raw) else { return }
        var trace = VariableExpander.Trace()
        _ = try? expander.expand(raw, trace: &trace)
        let used = Set(trace.referenced.keys).union(trace.missingSecrets).intersection(expander.secrets).sorted()
        for secret in used {
            warn(node.location, path,
                 "secret '\(secret)' is spliced into the shell text, where its characters run as shell code; pass it in env instead (\"env\": {\"\(secret)\": \"${\(secret)}\"}) and write \"$\(secret)\" in the script")
        }
    }
}
