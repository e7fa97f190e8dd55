import Basics

/// Decoding each kind's settings into its typed config, with everything that can be checked
/// before a run checked here, at the position of the value in pipeline.json: image references,
/// regular expressions, durations.
extension PipelineLoader {
    /// The raw nodes of a stage, to point errors at the value that caused them.
    struct StageNodes {
        let path: String
        let fields: [JSONMember]

        func node(_ key: String) -> JSONNode? { fields.first { $0.key == key }?.value }

        func location(_ key: String) -> SourceLocation? { node(key)?.location }

        /// The elements of the array at `key` (empty when it is not an array).
        func elements(_ key: String) -> [JSONNode] {
            if case .array(let items)? = node(key)?.value { return items }
            return []
        }
    }

    mutating func decodeConfig(kind: StageKind, settings: [String: ConfigValue], nodes: StageNodes) -> StageConfig? {
        func string(_ key: String) -> String? { settings[key]?.string }
        func strings(_ key: String) -> [String] { settings[key]?.strings ?? [] }
        func normalized(_ key: String, default fallback: String) -> String {
            string(key).flatMap(Paths.normalize) ?? fallback
        }
        switch kind {
        case .exec:
            let command: ExecConfig.Command = settings["run"]?.strings.map(ExecConfig.Command.argv) ?? .shell(string("sh") ?? "")
            return .exec(ExecConfig(command: command, cwd: normalized("cwd", default: "")))
        case .lint:
            return .lint(LintConfig(failureThreshold: string("failureThreshold") ?? "warning", ignore: strings("ignore"), config: string("config")))
        case .render:
            return .render(RenderConfig(from: normalized("from", default: ""), templates: strings("templates").map { Paths.normalize($0) ?? $0 }))
        case .dockerBuild:
            let context = string("context") ?? "."
            let image = string("image") ?? ""
            checkImage(image, at: nodes.location("image"), path: nodes.path + ".image")
            let directory = context.hasPrefix("@") ? ".pipeline/out/" + context.dropFirst() : (Paths.normalize(context) ?? context)
            let cacheFrom = strings("cacheFrom")
            let cacheFromNodes = nodes.elements("cacheFrom")
            for (i, reference) in cacheFrom.enumerated() {
                checkImage(reference, at: i < cacheFromNodes.count ? cacheFromNodes[i].location : nil, path: "\(nodes.path).cacheFrom[\(i)]")
            }
            let inlineCache = settings["inlineCache"]?.boolean ?? false
            return .dockerBuild(DockerBuildConfig(
                context: context, contextDirectory: directory, dockerfile: normalized("dockerfile", default: "Dockerfile"), image: image,
                args: settings["args"]?.stringMap ?? [:], target: string("target"), platform: string("platform"),
                labels: settings["labels"]?.stringMap ?? [:], secrets: strings("secrets"), network: string("network"),
                cacheFrom: cacheFrom, inlineCache: inlineCache))
        case .smoke:
            if let image = string("image") { checkImage(image, at: nodes.location("image"), path: nodes.path + ".image") }
            var timeout = SmokeConfig.defaultTimeoutMilliseconds
            if let text = string("timeout") {
                if let duration = DurationValue(parsing: text) {
                    timeout = duration.milliseconds
                } else {
                    fail(nodes.location("timeout"), nodes.path + ".timeout", "'\(text)' is not a duration; write 300s, 5m or 1h30m")
                }
            }
            let checkNodes = nodes.elements("checks")
            var checks: [SmokeCheck] = []
            for (offset, value) in (settings["checks"]?.array ?? []).enumerated() {
                let node = offset < checkNodes.count ? checkNodes[offset] : nil
                if let check = decodeCheck(value, number: offset + 1, node: node, path: "\(nodes.path).checks[\(offset)]") { checks.append(check) }
            }
            let network = string("network") ?? "bridge"
            if network == "none", let check = checks.first(where: \.isHTTP) {
                fail(checkNodes.indices.contains(check.number - 1) ? checkNodes[check.number - 1].location : nodes.location("checks"),
                     "\(nodes.path).checks[\(check.number - 1)]",
                     "an http check cannot reach a container with network \"none\"; use \"host\" or \"bridge\"")
            }
            return .smoke(SmokeConfig(image: string("image"), timeoutMilliseconds: timeout, network: network,
                                      ports: settings["ports"]?.array?.compactMap(\.integer) ?? [], args: strings("args"), checks: checks))
        case .tag:
            if let image = string("image") { checkImage(image, at: nodes.location("image"), path: nodes.path + ".image") }
            let repositories = strings("repositories")
            let repositoryNodes = nodes.elements("repositories")
            for (i, repository) in repositories.enumerated() {
                checkImage(repository, at: i < repositoryNodes.count ? repositoryNodes[i].location : nil, path: "\(nodes.path).repositories[\(i)]")
            }
            return .tag(TagConfig(image: string("image"), repositories: repositories, defaultBranch: string("defaultBranch") ?? "main"))
        case .push:
            if let image = string("image") { checkImage(image, at: nodes.location("image"), path: nodes.path + ".image") }
            return .push(PushConfig(image: string("image"), retries: settings["retries"]?.integer ?? PushConfig.defaultRetries))
        }
    }

    private mutating func checkImage(_ image: String, at location: SourceLocation?, path: String) {
        if let problem = ImageReference.problem(with: image) {
            fail(location, path, "'\(image)' is not a valid Docker image name: \(problem)")
        }
    }

    private mutating func decodeCheck(_ value: ConfigValue, number: Int, node: JSONNode?, path: String) -> SmokeCheck? {
        let fields = value.object ?? [:]
        let members: [JSONMember] = if case .object(let items)? = node?.value { items } else { [] }
        func location(_ keys: [String]) -> SourceLocation? {
            var current = members
            var found: JSONNode?
            for key in keys {
                found = current.first { $0.key == key }?.value
                current = if case .object(let items)? = found?.value { items } else { [] }
            }
            return found?.location ?? node?.location
        }
        var valid = true
        func regex(_ pattern: String?, _ keys: String...) -> String? {
            // Checked with the engine the smoke stage matches with, so what loads also runs.
            guard let pattern else { return nil }
            do {
                _ = try Regex(pattern)
            } catch {
                valid = false
                fail(location(keys), path + "." + keys.joined(separator: "."),
                     "'\(pattern)' is not a valid regular expression: \(error)")
            }
            return pattern
        }
        let probe: SmokeCheck.Probe
        if let arguments = fields["exec"]?.strings {
            probe = .exec(arguments: arguments, exitCode: fields["exitCode"]?.integer ?? 0, stdout: regex(fields["stdout"]?.string, "stdout"))
        } else if let http = fields["http"]?.object {
            probe = .http(port: http["port"]?.integer ?? 80, path: http["path"]?.string ?? "/", status: http["status"]?.integer ?? 200,
                          body: regex(http["body"]?.string, "http", "body"))
        } else {
            probe = .log(pattern: regex(fields["log"]?.string, "log") ?? "")
        }
        return valid ? SmokeCheck(number: number, probe: probe) : nil
    }
}
