import Basics

/// Reads `.hadolint.yaml` into a `DockerfileLintConfig`.
public enum HadolintConfig {
    /// Parses the YAML subset hadolint configs use; unknown keys or values are errors with a line.
    public static func parse(_ yamlText: String) throws(HadolintConfigError) -> DockerfileLintConfig {
        let root = try TinyYAML.parse(yamlText)
        guard case .mapping(let entries) = root.value else {
            if case .null = root.value { return DockerfileLintConfig() }
            throw HadolintConfigError(message: "expected a mapping at the top level", line: root.line)
        }
        var config = DockerfileLintConfig()
        for (key, node) in entries {
            switch key {
            case "ignored":
                config.ignored.formUnion(try strings(node, key))
            case "trustedRegistries", "trusted-registries":
                config.trustedRegistries += try strings(node, key)
            case "strict-labels", "strictLabels":
                config.strictLabels = try bool(node, key)
            case "disable-ignore-pragma", "disableIgnorePragma":
                config.disableIgnorePragma = try bool(node, key)
            case "no-fail", "noFail":
                config.noFail = try bool(node, key)
            case "failure-threshold", "failureThreshold":
                let value = try scalar(node, key)
                guard let severity = Severity(rawValue: value) else {
                    if value == "none" || value == "ignore" { config.noFail = true; continue }
                    throw HadolintConfigError(message: "\(key): unknown severity '\(value)'", line: node.line)
                }
                config.failureThreshold = severity
            case "override":
                guard case .mapping(let levels) = node.value else {
                    throw HadolintConfigError(message: "override: expected a mapping", line: node.line)
                }
                for (level, codes) in levels {
                    guard let severity = Severity(rawValue: level) else {
                        throw HadolintConfigError(message: "override.\(level): expected error, warning, info or style",
                                                  line: codes.line)
                    }
                    for code in try strings(codes, "override.\(level)") { config.severityOverrides[code] = severity }
                }
            case "label-schema", "labelSchema":
                guard case .mapping(let labels) = node.value else {
                    throw HadolintConfigError(message: "\(key): expected a mapping", line: node.line)
                }
                for (label, typeNode) in labels {
                    let value = try scalar(typeNode, "\(key).\(label)")
                    guard let type = LabelType(rawValue: value) else {
                        throw HadolintConfigError(message: "\(key).\(label): unknown label type '\(value)'",
                                                  line: typeNode.line)
                    }
                    config.labelSchema[label] = type
                }
            case "format", "output-format", "no-color", "verbose", "require-labels":
                continue
            default:
                throw HadolintConfigError(message: "unknown key '\(key)'", line: node.line)
            }
        }
        return config
    }

    static func scalar(_ node: YAMLNode, _ key: String) throws(HadolintConfigError) -> String {
        guard case .scalar(let value) = node.value else {
            throw HadolintConfigError(message: "\(key): expected a single value", line: node.line)
        }
        return value
    }

    static func bool(_ node: YAMLNode, _ key: String) throws(HadolintConfigError) -> Bool {
        switch try scalar(node, key).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw HadolintConfigError(message: "\(key): expected true or false", line: node.line)
        }
    }

    static func strings(_ node: YAMLNode, _ key: String) throws(HadolintConfigError) -> [String] {
        switch node.value {
        case .list(let items):
            var result: [String] = []
            for item in items { result.append(try scalar(item, key)) }
            return result
        case .scalar(let value): return [value]
        case .null: return []
        case .mapping: throw HadolintConfigError(message: "\(key): expected a list", line: node.line)
        }
    }
}

/// A problem in a `.hadolint.yaml`, with the line it is on.
public struct HadolintConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var line: Int

    public init(message: String, line: Int) {
        self.message = message
        self.line = line
    }

    public var description: String { "line \(line): \(message)" }
}
