import Basics

/// Turns the text of pipeline.json into a `PipelineDefinition`: parse, validate against the
/// schema, expand variables, resolve `needs` and check the graph. Pure: the caller supplies the
/// environment, `--set` overrides and the git built-ins.
public struct PipelineLoader {
    /// What loading depends on besides the text.
    public struct Context: Sendable {
        /// The file as shown in messages (`pipeline.json`).
        public var file: String
        public var overrides: [String: String]
        public var environment: [String: String]
        /// `GIT_SHA`, `PIPELINE_ROOT`, …
        public var builtins: [String: String]

        public init(file: String, overrides: [String: String] = [:], environment: [String: String] = [:], builtins: [String: String] = [:]) {
            self.file = file
            self.overrides = overrides
            self.environment = environment
            self.builtins = builtins
        }
    }

    /// The names of the built-in variables.
    public static let builtinNames = ["GIT_SHA", "GIT_SHORT_SHA", "GIT_BRANCH", "GIT_TAG", "GIT_DIRTY", "PIPELINE_ROOT"]

    /// Stage keys whose values are names or fixed words, never expanded.
    private static let unexpandedKeys: Set<String> = ["kind", "needs"]

    let context: Context
    private var errors: [ConfigError] = []
    /// Hides the values of the declared secrets in error messages (an image name built from one).
    private var redactor = Redactor(secrets: [])
    /// Problems that do not stop loading; shown before anything runs.
    private var warnings: [ConfigError] = []
    /// Unicode scalars produced by every expansion so far; see `maximumExpandedLength`.
    private var expandedLength = 0
    /// Each expansion stays under `VariableExpander.maximumLength`, but thousands of
    /// references to one large var could still add up to gigabytes.
    static let maximumExpandedLength = 64 << 20

    private init(context: Context) {
        self.context = context
    }

    /// Loads and checks everything; throws every problem found, nothing partial.
    public static func load(_ text: String, context: Context) throws(ConfigErrors) -> PipelineDefinition {
        var loader = PipelineLoader(context: context)
        let root: JSONNode
        do {
            root = try JSONParser.parse(text)
        } catch {
            throw ConfigErrors([ConfigError(file: context.file, location: error.location, path: "", message: "invalid JSON: " + error.message)])
        }
        if let result = loader.load(root), loader.errors.isEmpty { return result }
        throw ConfigErrors(loader.errors)
    }

    mutating func fail(_ location: SourceLocation?, _ path: String, _ message: String) {
        errors.append(ConfigError(file: context.file, location: location, path: path, message: redactor.redact(message)))
    }

    mutating func warn(_ location: SourceLocation?, _ path: String, _ message: String) {
        warnings.append(ConfigError(file: context.file, location: location, path: path, message: redactor.redact(message)))
    }

    private mutating func load(_ root: JSONNode) -> PipelineDefinition? {
        if case .object(let members) = root.value, let version = members.first(where: { $0.key == "version" })?.value,
           case .number(let text) = version.value, text != "1" {
            fail(version.location, "version", "unsupported version \(text); this pipeline reads version 1")
            return nil
        }
        var validator = SchemaValidator(file: context.file)
        validator.validateDocument(root)
        guard validator.errors.isEmpty, case .object(let members) = root.value else {
            errors = validator.errors
            return nil
        }
        func member(_ key: String) -> JSONNode? { members.first { $0.key == key }?.value }

        let rawVars = member("vars").map(Self.stringMembers) ?? []
        let secretNodes = member("secrets").map(Self.arrayElements) ?? []
        var secrets: [String] = []
        for (i, node) in secretNodes.enumerated() {
            guard case .string(let name) = node.value else { continue }
            let path = "secrets[\(i)]"
            if !VariableExpander.isValidName(name) {
                fail(node.location, path, "'\(name)' is not a valid variable name (letters, digits and _, not starting with a digit)")
            } else if secrets.contains(name) {
                fail(node.location, path, "secret '\(name)' is listed twice")
            } else if rawVars.contains(where: { $0.key == name }) {
                fail(node.location, path, "'\(name)' is both a var and a secret; secrets come from the environment only, remove it from vars")
            } else if context.overrides[name] != nil {
                fail(nil, path, "secret '\(name)' cannot be set with --set; secrets come from the environment only (export \(name)=…)")
            }
            secrets.append(name)
        }
        redactor = Redactor(secrets: secrets.compactMap { context.environment[$0] })
        checkSecretValues(secretNodes, names: secrets)
        for (name, node) in rawVars where !VariableExpander.isValidName(name) {
            fail(node.location, "vars." + name, "'\(name)' is not a valid variable name (letters, digits and _, not starting with a digit)")
        }
        let expander = VariableExpander(
            overrides: context.overrides, environment: context.environment,
            rawVars: Dictionary(rawVars.map { ($0.key, Self.string($0.value)) }, uniquingKeysWith: { first, _ in first }),
            builtins: context.builtins, secrets: Set(secrets))

        var vars: [String: String] = [:]
        for (name, node) in rawVars where !secrets.contains(name) {
            var trace = VariableExpander.Trace()
            if let value = expand(node, path: "vars." + name, with: expander, trace: &trace) {
                vars[name] = (try? expander.value(of: name, trace: &trace)) ?? value
            }
            for secret in trace.missingSecrets {
                fail(node.location, "vars." + name, "refers to secret '\(secret)'; vars are not secret, use ${\(secret)} where it is needed instead")
            }
        }

        var stages: [Stage] = []
        var needLocations: [[SourceLocation]] = []
        var outputs: [[LoadedOutput]] = []
        if case .object(let stageMembers)? = member("stages")?.value {
            let secretSet = Set(secrets)
            stages.reserveCapacity(stageMembers.count)
            needLocations.reserveCapacity(stageMembers.count)
            outputs.reserveCapacity(stageMembers.count)
            for stageMember in stageMembers {
                if let (stage, extras) = loadStage(stageMember, expander: expander, secrets: secretSet) {
                    stages.append(stage)
                    needLocations.append(extras.needs)
                    outputs.append(extras.outputs)
                }
            }
        }
        let cacheSection = member("cache").flatMap { loadCacheSection($0, secrets: secrets) }
        if !errors.isEmpty { return nil }
        checkSharedOutputs(stages, outputs: outputs)
        if !errors.isEmpty { return nil }

        let graph = buildGraph(stages: stages, needLocations: needLocations, targetsNode: member("targets"))
        var defaultTarget: String?
        if let node = member("default"), case .string(let name) = node.value {
            defaultTarget = name
            if let graph, !graph.contains(name) {
                fail(node.location, "default", "'\(name)' is not a stage or target\(Suggestion.hint(for: name, in: graph.targetNames + stages.map(\.name)))")
            }
        }
        guard let graph, errors.isEmpty else { return nil }
        var name: String?
        if case .string(let n)? = member("name")?.value { name = n }
        var setSecrets: [String: String] = [:]
        for secret in secrets { setSecrets[secret] = context.environment[secret].flatMap { $0.isEmpty ? nil : $0 } }
        var definition = PipelineDefinition(file: context.file, name: name, defaultTarget: defaultTarget, vars: vars,
                                            secrets: secrets, setSecrets: setSecrets, graph: graph, variables: expander, warnings: warnings)
        definition.cacheSection = cacheSection
        return definition
    }

    /// The `cache` section (its shape is already checked): the address parses, credentials
    /// name a declared secret (so their value is redacted everywhere), one kind of them.
    private mutating func loadCacheSection(_ node: JSONNode, secrets: [String]) -> RemoteCacheSection? {
        guard case .object(let fields) = node.value else { return nil }
        func field(_ key: String) -> JSONNode? { fields.first { $0.key == key }?.value }
        var credential: RemoteCacheSettings.Credential?
        for (key, make) in [("basicAuth", RemoteCacheSettings.Credential.basic), ("bearerToken", RemoteCacheSettings.Credential.bearer)] {
            guard let value = field(key), case .string(let name) = value.value else { continue }
            if !secrets.contains(name) {
                fail(value.location, "cache." + key, "'\(name)' is not listed in secrets; credentials come only from a secret, so add \"\(name)\" to secrets")
            } else if credential != nil {
                fail(value.location, "cache." + key, "give basicAuth or bearerToken, not both")
            }
            credential = make(name)
        }
        var timeout = RemoteCacheSettings.defaultTimeoutMilliseconds
        if let value = field("timeout"), case .string(let text) = value.value {
            if let duration = DurationValue(parsing: text), duration.milliseconds > 0 {
                timeout = duration.milliseconds
            } else {
                fail(value.location, "cache.timeout", "'\(text)' is not a duration; write 5s or 500ms")
            }
        }
        var upload = true
        if case .bool(let flag)? = field("upload")?.value { upload = flag }
        var section = RemoteCacheSection(upload: upload, credential: credential, timeoutMilliseconds: timeout)
        if let remote = field("remote"), case .string(let text) = remote.value {
            do {
                section.address = try RemoteCacheAddress(parsing: text)
            } catch {
                fail(remote.location, "cache.remote", error.description)
            }
        }
        return section
    }

    /// One entry of a stage's `outputs`, compiled once for the checks between outputs.
    struct LoadedOutput {
        var glob: Glob
        /// Where it is written; nil when expansion changed the number of entries.
        var location: SourceLocation?
    }

    private mutating func loadStage(_ member: JSONMember, expander: VariableExpander, secrets: Set<String>)
        -> (Stage, (needs: [SourceLocation], outputs: [LoadedOutput]))? {
        let path = "stages." + member.key
        guard case .object(let fields) = member.value.value,
              let kindField = fields.firstIndex(where: { $0.key == "kind" }),
              case .string(let kindName) = fields[kindField].value.value,
              let kind = StageKind(rawValue: kindName) else { return nil }
        if !Self.isValidStageName(member.key) {
            fail(member.keyLocation, path, "'\(member.key)' is not a valid stage name (use letters, digits, '-', '_' and '.')")
        }
        // The parts are gathered in locals and the stage built once at the end: a `Stage`
        // variable passed around while `self` is mutated gets copied whole.
        var needs: [String] = []
        var inputs: [String] = []
        var outputs: [String] = []
        var env: [String: String] = [:]
        var description: String?
        var settings: [String: ConfigValue] = [:]
        var needLocations: [SourceLocation] = []
        var outputNodes: [JSONNode] = []
        var trace = VariableExpander.Trace()
        // Indices, not elements: iterating would copy every member.
        for f in fields.indices {
            let key = fields[f].key
            let node = fields[f].value
            // Built only for an error message: most fields have none.
            func fieldPath() -> String { path + "." + key }
            switch key {
            case "kind": continue
            case "needs":
                let nodes = Self.arrayElements(node)
                needs.reserveCapacity(nodes.count)
                needLocations.reserveCapacity(nodes.count)
                for node in nodes {
                    needs.append(Self.string(node))
                    needLocations.append(node.location)
                }
            case "inputs":
                inputs = expandStrings(node, path: fieldPath(), with: expander, trace: &trace)
                checkRelativePaths(inputs, nodes: Self.arrayElements(node), path: fieldPath(), what: "inputs")
            case "outputs":
                outputs = expandStrings(node, path: fieldPath(), with: expander, trace: &trace)
                outputNodes = Self.arrayElements(node)
                checkRelativePaths(outputs, nodes: outputNodes, path: fieldPath(), what: "outputs")
            default:
                guard let value = expandValue(node, path: fieldPath(), with: expander, trace: &trace) else { continue }
                switch key {
                case "env": env = value.stringMap ?? [:]
                case "description": description = value.string
                case "cwd":
                    checkRelativePaths([value.string ?? ""], nodes: [node], path: fieldPath(), what: "cwd", indexed: false)
                    settings[key] = value
                default: settings[key] = value
                }
            }
        }
        checkStage(named: member.key, kind: kind, at: member.keyLocation, fields: fields, path: path, expander: expander)
        let config = decodeConfig(kind: kind, settings: settings, nodes: StageNodes(path: path, fields: fields))
        let loaded = Self.loadedOutputs(outputs, nodes: outputNodes)
        checkOutputsAgainstInputs(ofStage: member.key, inputs: inputs, outputs: outputs, loaded: loaded)
        if kind == .dockerBuild { refuseSecrets(in: fields, keys: ["args", "labels"], path: path, secrets: secrets, expander: expander) }
        let stage = Stage(name: member.key, kind: kind, needs: needs, inputs: inputs, outputs: outputs, env: env, description: description,
                          settings: settings, location: member.keyLocation, missingSecrets: trace.missingSecrets, config: config,
                          variables: trace.referenced)
        return (stage, (needLocations, loaded))
    }

    private static func loadedOutputs(_ outputs: [String], nodes: [JSONNode]) -> [LoadedOutput] {
        outputs.indices.map { i in
            LoadedOutput(glob: Glob(Glob.normalize(outputs[i]) ?? outputs[i]), location: i < nodes.count ? nodes[i].location : nil)
        }
    }

    /// Outputs are removed before their stage runs and restored from the cache: an output that
    /// claims the pipeline's own file or one of the stage's declared input files would destroy it.
    private mutating func checkOutputsAgainstInputs(ofStage name: String, inputs: [String], outputs: [String], loaded: [LoadedOutput]) {
        let literalInputs = inputs.compactMap { Glob.literalPath(of: Glob.normalize($0) ?? $0) }
        for (i, output) in outputs.enumerated() {
            let normalized = loaded[i].glob.text
            let location = loaded[i].location
            func claims(_ path: String) -> Bool { loaded[i].glob.territoryContains(path) }
            func path() -> String { "stages.\(name).outputs[\(i)]" }
            if claims(Self.definitionFile) {
                fail(location, path(), "'\(output)' would claim \(Self.definitionFile), which defines the pipeline (outputs are deleted before a stage runs); name only the files the stage writes, such as 'out/**'")
            } else if let reserved = Self.reservedOutputRoots.dropFirst().first(where: claims),
                      normalized != reserved, !normalized.hasPrefix(reserved + "/") {  // those were named already
                fail(location, path(), "'\(output)' would claim \(reserved)/, which belongs to \(reserved == ".git" ? "git" : "pipeline itself"); choose another output path")
            } else if let input = literalInputs.first(where: claims) {
                fail(location, path(), "'\(output)' claims '\(input)', an input of this stage; outputs are deleted before the stage runs, so write the result to another path")
            }
        }
    }

    /// Two stages never share an output: which one's file is current would depend on the order
    /// they last ran in. Compared by the literal directory each output starts from, so the check
    /// stays linear for thousands of stages.
    private mutating func checkSharedOutputs(_ stages: [Stage], outputs: [[LoadedOutput]]) {
        /// Indices only: claims are copied around, their globs stay in `outputs`.
        struct Claim {
            var stage: Int
            var output: Int
        }
        var byRoot: [String: [Claim]] = [:]
        byRoot.reserveCapacity(outputs.reduce(0) { $0 + $1.count })
        // In the order first seen, so that which of several overlaps is reported does not vary.
        var roots: [String] = []
        for s in outputs.indices {
            for o in outputs[s].indices {
                let root = outputs[s][o].glob.literalPath ?? outputs[s][o].glob.literalPrefix
                if byRoot[root] == nil { roots.append(root) }
                byRoot[root, default: []].append(Claim(stage: s, output: o))
            }
        }
        var reported: Set<[Int]> = []
        func check(_ claim: Claim, _ other: Claim) {
            guard other.stage != claim.stage,
                  outputs[claim.stage][claim.output].glob.territoryOverlaps(outputs[other.stage][other.output].glob) else { return }
            let pair = [min(claim.stage, other.stage), max(claim.stage, other.stage)]
            guard reported.insert(pair).inserted else { return }
            let (first, second) = claim.stage < other.stage ? (claim, other) : (other, claim)
            let firstStage = stages[first.stage], secondStage = stages[second.stage]
            let at = outputs[first.stage][first.output].location.map { " (line \($0.line), column \($0.column))" } ?? ""
            fail(outputs[second.stage][second.output].location, "stages.\(secondStage.name).outputs[\(second.output)]",
                 "'\(secondStage.outputs[second.output])' overlaps output '\(firstStage.outputs[first.output])' of stage '\(firstStage.name)'\(at); two stages may not produce the same file, give each output one stage")
        }
        for root in roots {
            let claims = byRoot[root] ?? []
            // Claims rooted here meet claims rooted here or in a directory above.
            var candidates: [Claim] = []
            var ancestor = root
            while !ancestor.isEmpty {
                ancestor = Glob.parent(ancestor)
                if let above = byRoot[ancestor] { candidates += above }
            }
            for i in claims.indices {
                for j in claims.indices.dropFirst(i + 1) { check(claims[i], claims[j]) }
                for other in candidates { check(claims[i], other) }
            }
        }
    }

    /// Build args and labels end up in the image for anyone who pulls it (`docker history`,
    /// `docker inspect`): a secret may not be expanded into them.
    private mutating func refuseSecrets(in fields: [JSONMember], keys: Set<String>, path: String, secrets: Set<String>, expander: VariableExpander) {
        guard !secrets.isEmpty else { return }
        for field in fields where keys.contains(field.key) {
            for (name, node) in Self.stringMembers(field.value) {
                var trace = VariableExpander.Trace()
                _ = try? expander.expand(Self.string(node), trace: &trace)
                let used = Set(trace.referenced.keys).union(trace.missingSecrets).intersection(secrets).sorted()
                guard let secret = used.first else { continue }
                fail(node.location, "\(path).\(field.key).\(name)",
                     "uses secret '\(secret)'; \(field.key == "args" ? "build args" : "labels") are stored in the image for anyone to read, so pass it with \"secrets\": [\"\(secret)\"] (BuildKit --secret) instead")
            }
        }
    }

    /// The pipeline's own file at the project root.
    private static let definitionFile = "pipeline.json"

    /// Expands every string inside `node`, keeping its shape.
    private mutating func expandValue(_ node: JSONNode, path: @autoclosure () -> String, with expander: VariableExpander, trace: inout VariableExpander.Trace) -> ConfigValue? {
        switch node.value {
        case .string:
            return expand(node, path: path(), with: expander, trace: &trace).map(ConfigValue.string)
        case .number(let text): return Int(text).map(ConfigValue.integer)
        case .bool(let b): return .boolean(b)
        case .null: return nil
        case .array(let items):
            var values: [ConfigValue] = []
            values.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                if let value = expandValue(item, path: "\(path())[\(i)]", with: expander, trace: &trace) { values.append(value) }
            }
            return .array(values)
        case .object(let members):
            var values: [String: ConfigValue] = [:]
            values.reserveCapacity(members.count)
            for member in members {
                values[member.key] = expandValue(member.value, path: path() + "." + member.key, with: expander, trace: &trace)
            }
            return .object(values)
        }
    }

    /// `expandValue(node)?.strings ?? []`, without building a value per string of the list.
    private mutating func expandStrings(_ node: JSONNode, path: @autoclosure () -> String, with expander: VariableExpander,
                                        trace: inout VariableExpander.Trace) -> [String] {
        guard case .array(let items) = node.value else {
            return expandValue(node, path: path(), with: expander, trace: &trace)?.strings ?? []
        }
        var strings: [String] = []
        strings.reserveCapacity(items.count)
        for i in items.indices {
            if case .string = items[i].value {
                if let string = expand(items[i], path: "\(path())[\(i)]", with: expander, trace: &trace) { strings.append(string) }
            } else {
                // Not a string, so not kept; expanded all the same for its errors and variables.
                _ = expandValue(items[i], path: "\(path())[\(i)]", with: expander, trace: &trace)
            }
        }
        return strings
    }

    private mutating func expand(_ node: JSONNode, path: @autoclosure () -> String, with expander: VariableExpander, trace: inout VariableExpander.Trace) -> String? {
        let text = Self.string(node)
        do {
            let value = try expander.expand(text, trace: &trace)
            let length = value.scalarCount
            expandedLength += length
            guard expandedLength <= Self.maximumExpandedLength else {
                if expandedLength - length <= Self.maximumExpandedLength {
                    fail(node.location, path(), "the expanded values of pipeline.json add up to more than \(Self.maximumExpandedLength) characters; refer to large variables less often")
                }
                return nil
            }
            return value
        } catch {
            switch error {
            case .undefined(let name):
                fail(node.location, path(), "undefined variable '\(name)'\(Suggestion.hint(for: name, in: expander.knownNames)); define it in vars, export it, pass --set \(name)=VALUE, or write ${\(name):-default}")
            case .malformed(let snippet):
                fail(node.location, path(), "malformed variable reference '\(snippet)'; write ${NAME} or ${NAME:-default}, and $${ for a literal ${")
            case .cycle(let names):
                fail(node.location, path(), "variables refer to each other in a loop: \(names.joined(separator: " -> "))")
            case .tooLarge(let name):
                fail(node.location, path(), "expanding ${\(name)} makes a value longer than \(VariableExpander.maximumLength) characters; a variable that uses another twice doubles its length with each level")
            case .tooDeep(let name):
                fail(node.location, path(), "${\(name)} is nested more than \(VariableExpander.maximumDepth) references deep (variables naming variables, or defaults inside defaults)")
            }
            return nil
        }
    }

    /// Inputs, outputs and cwd must stay inside the project root.
    private mutating func checkRelativePaths(_ paths: [String], nodes: [JSONNode], path: @autoclosure () -> String, what: String, indexed: Bool = true) {
        for (i, value) in paths.enumerated() {
            let location = i < nodes.count ? nodes[i].location : nil
            func itemPath() -> String { indexed ? "\(path())[\(i)]" : path() }
            let normalized = Glob.normalize(value)
            if value.hasPrefix("/") {
                fail(location, itemPath(), "'\(value)' is an absolute path; \(what) must be relative to the project root")
            } else if normalized == nil {
                fail(location, itemPath(), "'\(value)' is outside the project root; \(what) must stay inside it")
            } else if what == "outputs", let normalized,
                      let reserved = Self.reservedOutputDirectories.first(where: { normalized == $0.root || normalized.hasPrefix($0.directory) })?.root {
                fail(location, itemPath(), reserved.isEmpty
                    ? "'\(value)' is the project root; outputs must name files or directories inside it"
                    : "'\(value)' is inside \(reserved)/, which belongs to \(reserved == ".git" ? "git" : "pipeline itself"); choose another output path")
            }
        }
    }

    private mutating func buildGraph(stages: [Stage], needLocations: [[SourceLocation]], targetsNode: JSONNode?) -> StageGraph? {
        var index: [String: Int] = [:]
        index.reserveCapacity(stages.count)
        for i in stages.indices { index[stages[i].name] = i }
        var targetNames: [String] = []
        var targetMembers: [String: [JSONNode]] = [:]
        var targetLocations: [String: SourceLocation] = [:]
        if case .object(let members)? = targetsNode?.value {
            for member in members {
                if index[member.key] != nil {
                    fail(member.keyLocation, "targets." + member.key, "'\(member.key)' is already a stage name; give the target a name of its own")
                    continue
                }
                targetNames.append(member.key)
                targetMembers[member.key] = Self.arrayElements(member.value)
                targetLocations[member.key] = member.keyLocation
            }
        }
        // For "did you mean" in errors only.
        func allNames() -> [String] { stages.map(\.name) + targetNames }

        // Targets may name targets: resolve them depth first and refuse loops.
        var resolved: [String: [Int]] = [:]
        func resolveTarget(_ name: String, trail: [String]) -> [Int] {
            if let done = resolved[name] { return done }
            if let start = trail.firstIndex(of: name) {
                fail(targetLocations[name], "targets." + name, "targets refer to each other in a loop: \((trail[start...] + [name]).joined(separator: " -> "))")
                resolved[name] = []
                return []
            }
            var result: [Int] = []
            for (i, node) in (targetMembers[name] ?? []).enumerated() {
                let item = Self.string(node)
                if let stage = index[item] {
                    result.append(stage)
                } else if targetMembers[item] != nil {
                    result.append(contentsOf: resolveTarget(item, trail: trail + [name]))
                } else {
                    fail(node.location, "targets.\(name)[\(i)]", "unknown stage or target '\(item)'\(Suggestion.hint(for: item, in: allNames()))")
                }
            }
            resolved[name] = result
            return result
        }
        for name in targetNames { _ = resolveTarget(name, trail: []) }

        var dependencies: [[Int]] = []
        dependencies.reserveCapacity(stages.count)
        for s in stages.indices {
            let name = stages[s].name
            var deps: [Int] = []
            deps.reserveCapacity(stages[s].needs.count)
            for (i, need) in stages[s].needs.enumerated() {
                let location = needLocations[s][i]
                func path() -> String { "stages.\(name).needs[\(i)]" }
                if need == name {
                    fail(location, path(), "stage '\(need)' needs itself (dependency cycle: \(need) -> \(need))")
                } else if let d = index[need] {
                    deps.append(d)
                } else if let targetStages = resolved[need] {
                    if targetStages.contains(s) {
                        fail(location, path(), "target '\(need)' includes stage '\(name)' itself (dependency cycle: \(name) -> \(need) -> \(name))")
                    }
                    deps.append(contentsOf: targetStages.filter { $0 != s })
                } else {
                    fail(location, path(), "unknown stage or target '\(need)'\(Suggestion.hint(for: need, in: allNames()))")
                }
            }
            dependencies.append(deps)
        }
        guard errors.isEmpty else { return nil }
        do {
            return try StageGraph(stages: stages, indexByName: index, dependencies: dependencies, targets: resolved, targetNames: targetNames)
        } catch {
            let first = error.names.first.flatMap { index[$0] }
            fail(first.map { stages[$0].location }, first.map { "stages.\(stages[$0].name).needs" } ?? "stages",
                 "dependency cycle: \(error.rendered)")
            return nil
        }
    }

    /// Outputs are deleted before a stage runs, so they may never name these.
    private static let reservedOutputRoots = ["", ".git", ".pipeline"]
    private static let reservedOutputDirectories = reservedOutputRoots.map { (root: $0, directory: $0 + "/") }

    static func isValidStageName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && !name.hasPrefix(".") && name.unicodeScalars.allSatisfy {
            switch $0 {
            case "A"..."Z", "a"..."z", "0"..."9", "-", "_", ".": true
            default: false
            }
        }
    }

    private static func string(_ node: JSONNode) -> String {
        if case .string(let s) = node.value { return s }
        return ""
    }

    private static func arrayElements(_ node: JSONNode) -> [JSONNode] {
        if case .array(let items) = node.value { return items }
        return []
    }

    private static func stringMembers(_ node: JSONNode) -> [(key: String, value: JSONNode)] {
        if case .object(let members) = node.value { return members.map { ($0.key, $0.value) } }
        return []
    }
}
