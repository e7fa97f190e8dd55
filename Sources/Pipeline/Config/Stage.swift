import Basics

/// One stage of pipeline.json after validation and `${VAR}` expansion.
public struct Stage: Sendable, Hashable {
    public var name: String
    public var kind: StageKind
    /// Names as written in `needs` (stages or targets); the graph resolves them.
    public var needs: [String]
    public var inputs: [String]
    public var outputs: [String]
    public var env: [String: String]
    public var description: String?
    /// The kind-specific keys, expanded, as written: what the cache key covers.
    public var settings: [String: ConfigValue]
    /// The same settings decoded and checked, with their defaults: what the kind runs with.
    public var config: StageConfig
    /// Where the stage's name is written in pipeline.json.
    public var location: SourceLocation
    /// Secrets this stage refers to that are not set in the environment; it cannot run.
    public var missingSecrets: [String]
    /// The variables its settings use (directly or through other vars), with their values;
    /// part of the cache key so `explain` can say "var X: a→b".
    public var variables: [String: String] = [:]

    public init(name: String, kind: StageKind, needs: [String] = [], inputs: [String] = [], outputs: [String] = [],
                env: [String: String] = [:], description: String? = nil, settings: [String: ConfigValue] = [:],
                location: SourceLocation = SourceLocation(line: 1, column: 1), missingSecrets: [String] = [], config: StageConfig? = nil,
                variables: [String: String] = [:]) {
        self.config = config ?? StageConfig.defaults(for: kind)
        self.name = name
        self.kind = kind
        self.needs = needs
        self.inputs = inputs
        self.outputs = outputs
        self.env = env
        self.description = description
        self.settings = settings
        self.location = location
        self.missingSecrets = missingSecrets
        self.variables = variables
    }
}

/// A loaded pipeline.json: settings, stages and the graph between them.
public struct PipelineDefinition: Sendable {
    /// The file as the user named it, for messages.
    public var file: String
    public var name: String?
    /// The target or stage `pipeline build` runs; nil means every stage.
    public var defaultTarget: String?
    /// `vars` after expansion and overrides.
    public var vars: [String: String]
    public var secrets: [String]
    /// The secrets that are set in the environment, by name.
    public var setSecrets: [String: String]
    public var graph: StageGraph
    /// Resolves names the way `${NAME}` does, for `render` templates.
    public var variables: VariableExpander
    /// Problems worth saying that do not stop a run (`file:line:column: path: message`).
    public var warnings: [ConfigError] = []
    /// The `cache` section: the remote stage cache, if one is configured.
    public var cacheSection: RemoteCacheSection?

    /// Values of the secrets that are set, longest first: what gets redacted.
    public var secretValues: [String] { setSecrets.values.sorted { $0.count > $1.count } }

    public var stages: [Stage] { graph.stages }
}
