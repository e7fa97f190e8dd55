/// A stage's kind-specific settings, decoded and checked when pipeline.json is loaded: every
/// default lives here, and a kind receives these values instead of reading keys.
public enum StageConfig: Sendable, Hashable {
    case exec(ExecConfig)
    case lint(LintConfig)
    case render(RenderConfig)
    case dockerBuild(DockerBuildConfig)
    case smoke(SmokeConfig)
    case tag(TagConfig)
    case push(PushConfig)
}

/// `exec`: a command with or without a shell, run in `cwd`.
public struct ExecConfig: Sendable, Hashable {
    public enum Command: Sendable, Hashable {
        /// `run`: an argv, no shell.
        case argv([String])
        /// `sh`: a string for `/bin/sh -c`.
        case shell(String)
    }

    public var command: Command
    /// Relative to the project root, normalized; empty for the root itself.
    public var cwd: String

    public init(command: Command, cwd: String = "") {
        self.command = command
        self.cwd = cwd
    }

    /// The argv the stage starts.
    public var arguments: [String] {
        switch command {
        case .argv(let argv): argv
        case .shell(let text): ["/bin/sh", "-c", text]
        }
    }
}

/// `lint`: which findings fail the stage, which codes are ignored, which hadolint config applies.
public struct LintConfig: Sendable, Hashable {
    /// `error`, `warning`, `info`, `style` or `none`.
    public var failureThreshold: String
    public var ignore: [String]
    /// A hadolint config other than `.hadolint.yaml`, relative to the root.
    public var config: String?

    public init(failureThreshold: String = "warning", ignore: [String] = [], config: String? = nil) {
        self.failureThreshold = failureThreshold
        self.ignore = ignore
        self.config = config
    }
}

/// `render`: a directory copied into the stage's output directory, some files rendered.
public struct RenderConfig: Sendable, Hashable {
    /// Relative to the root, normalized.
    public var from: String
    /// Relative to `from`, normalized.
    public var templates: [String]

    public init(from: String, templates: [String] = []) {
        self.from = from
        self.templates = templates
    }
}

/// `docker-build`.
public struct DockerBuildConfig: Sendable, Hashable {
    /// The context as written (`docker`, `@render`).
    public var context: String
    /// The context directory relative to the root: the path, or `.pipeline/out/<stage>` for `@stage`.
    public var contextDirectory: String
    /// Relative to the context.
    public var dockerfile: String
    /// A valid image reference (checked at load).
    public var image: String
    public var args: [String: String]
    public var target: String?
    public var platform: String?
    public var labels: [String: String]
    /// Secret names passed as BuildKit `--secret id=NAME,env=NAME`.
    public var secrets: [String]
    /// `default`, `host` or `none`; nil leaves it to the engine.
    public var network: String?
    /// Images whose layers the build may reuse (`--cache-from`), pulled from their registry.
    public var cacheFrom: [String] = []
    /// Writes BuildKit's cache metadata into the image (`BUILDKIT_INLINE_CACHE=1`), so a later
    /// build with `cacheFrom` naming the pushed image reuses its layers.
    public var inlineCache = false

    public init(context: String, contextDirectory: String, dockerfile: String = "Dockerfile", image: String, args: [String: String] = [:],
                target: String? = nil, platform: String? = nil, labels: [String: String] = [:], secrets: [String] = [], network: String? = nil,
                cacheFrom: [String] = [], inlineCache: Bool = false) {
        self.cacheFrom = cacheFrom
        self.inlineCache = inlineCache
        self.context = context
        self.contextDirectory = contextDirectory
        self.dockerfile = dockerfile
        self.image = image
        self.args = args
        self.target = target
        self.platform = platform
        self.labels = labels
        self.secrets = secrets
        self.network = network
    }
}

/// One probe of a smoke stage, its regular expressions already checked.
public struct SmokeCheck: Sendable, Hashable {
    public enum Probe: Sendable, Hashable {
        case exec(arguments: [String], exitCode: Int, stdout: String?)
        case http(port: Int, path: String, status: Int, body: String?)
        case log(pattern: String)
    }

    /// 1-based, as users count them in messages.
    public var number: Int
    public var probe: Probe

    public init(number: Int, probe: Probe) {
        self.number = number
        self.probe = probe
    }

    public var isHTTP: Bool { if case .http = probe { true } else { false } }
}

/// `smoke`.
public struct SmokeConfig: Sendable, Hashable {
    public static let defaultTimeoutMilliseconds = 120_000

    /// Nil: the image of the docker-build stage it needs.
    public var image: String?
    public var timeoutMilliseconds: Int
    /// `bridge`, `host` or `none`.
    public var network: String
    /// Container ports published on 127.0.0.1 (bridge network only).
    public var ports: [Int]
    public var args: [String]
    public var checks: [SmokeCheck]

    public init(image: String? = nil, timeoutMilliseconds: Int = SmokeConfig.defaultTimeoutMilliseconds, network: String = "bridge",
                ports: [Int] = [], args: [String] = [], checks: [SmokeCheck] = []) {
        self.image = image
        self.timeoutMilliseconds = timeoutMilliseconds
        self.network = network
        self.ports = ports
        self.args = args
        self.checks = checks
    }
}

/// `tag`.
public struct TagConfig: Sendable, Hashable {
    /// Nil: the image of the docker-build stage it needs.
    public var image: String?
    /// Repositories that receive the tags; empty: the image's own (registry included).
    public var repositories: [String]
    public var defaultBranch: String

    public init(image: String? = nil, repositories: [String] = [], defaultBranch: String = "main") {
        self.image = image
        self.repositories = repositories
        self.defaultBranch = defaultBranch
    }
}

/// `push`.
public struct PushConfig: Sendable, Hashable {
    public static let defaultRetries = 3

    public var image: String?
    /// Attempts after a transient failure.
    public var retries: Int

    public init(image: String? = nil, retries: Int = PushConfig.defaultRetries) {
        self.image = image
        self.retries = retries
    }
}

extension StageConfig {
    public var exec: ExecConfig? { if case .exec(let config) = self { config } else { nil } }
    public var lint: LintConfig? { if case .lint(let config) = self { config } else { nil } }
    public var render: RenderConfig? { if case .render(let config) = self { config } else { nil } }
    public var dockerBuild: DockerBuildConfig? { if case .dockerBuild(let config) = self { config } else { nil } }
    public var smoke: SmokeConfig? { if case .smoke(let config) = self { config } else { nil } }
    public var tag: TagConfig? { if case .tag(let config) = self { config } else { nil } }
    public var push: PushConfig? { if case .push(let config) = self { config } else { nil } }
}

extension StageConfig {
    /// A kind's config with every default and nothing set (what an empty stage of that kind means).
    public static func defaults(for kind: StageKind) -> StageConfig {
        switch kind {
        case .exec: .exec(ExecConfig(command: .shell("")))
        case .lint: .lint(LintConfig())
        case .render: .render(RenderConfig(from: ""))
        case .dockerBuild: .dockerBuild(DockerBuildConfig(context: ".", contextDirectory: "", image: ""))
        case .smoke: .smoke(SmokeConfig())
        case .tag: .tag(TagConfig())
        case .push: .push(PushConfig())
        }
    }
}
