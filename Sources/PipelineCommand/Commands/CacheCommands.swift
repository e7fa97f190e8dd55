import Basics
import Executor
import Pipeline
import SystemIO

/// `pipeline explain STAGE`: the cache key's ingredients and what changed since the last run.
struct ExplainCommand: Command {
    static let name = "explain"
    static let summary = "show a stage's cache key, its ingredients and what changed since its last run"
    static let usage = """
    pipeline [options] explain STAGE

    Prints what the stage's cache key is made of (kind, settings, variables, input files with
    their digests, upstream output digests) and the differences from its last recorded run:
      docker/entrypoint.sh: content 3f1a9b2c…→9b2c3f1a…
      var ONE_VERSION: 7.0→7.1
      upstream render: output changed
    """
    let global: GlobalOptions
    let stage: String

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        guard invocation.arguments.count == 1 else {
            throw UsageError("'pipeline explain' takes exactly one stage name", command: Self.name)
        }
        global = invocation.global
        stage = invocation.arguments[0]
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        let workspace = try await Workspace.load(global, system: system)
        let definition = workspace.definition
        guard definition.graph.indexByName[stage] != nil else {
            throw UsageError("'\(stage)' is not a stage\(Suggestion.hint(for: stage, in: definition.stages.map(\.name)))", command: Self.name)
        }
        // A query: it creates nothing, so it works in a read-only checkout.
        let cache = try RunCache(root: workspace.root, fileSystem: system.fileSystem, time: system.time, secrets: definition.setSecrets,
                                 query: true, remote: try RemoteCacheSetup.make(definition, global, system: system))
        let policy = CachePolicy(readCache: !global.noCache, forced: Set(global.force))
        let world = PlanningWorld(root: workspace.root, environment: system.environment, runner: system.runner, fileSystem: system.fileSystem, time: system.time,
                                  dockerSocket: UnixSocketClient())
        system.console.out(try await CachePlanner.explain(stage, definition: definition, cache: cache, policy: policy, world: world))
        try? cache.save()
        return 0
    }
}

/// `pipeline cache stats | prune | clear`.
struct CacheCommand: Command {
    static let name = "cache"
    static let summary = "show cache statistics, prune it, or clear it"
    static let usage = """
    pipeline [options] cache stats|prune|clear

      stats                         records, blobs, bytes, and the hit rate of the last run
      prune [--max-size SIZE] [--older-than AGE]
                                    drop records not used for AGE (30d, 12h, 1h30m), then the least
                                    recently used until the cache fits SIZE (500M, 2G), then
                                    every blob no record needs and temporary files left by
                                    runs killed mid-write (older than 15 minutes)
      clear                         remove .pipeline/cache entirely
    """
    static let flags: Set<String> = ["max-size", "older-than"]

    enum Action {
        case stats
        case prune(maxSize: Int64?, olderThan: Int64?)
        case clear
    }

    let global: GlobalOptions
    let action: Action

    init(validating invocation: Invocation) throws {
        try Self.checkFlags(invocation)
        global = invocation.global
        guard invocation.arguments.count == 1 else {
            throw UsageError("'pipeline cache' needs one of stats, prune, clear", command: Self.name)
        }
        let maxSize = try invocation.flags["max-size"].map { text throws -> Int64 in
            guard let size = ByteSize.parse(text) else {
                throw UsageError("--max-size expects \(ByteSize.expectation), got '\(text)'", command: Self.name)
            }
            return size
        }
        let olderThan = try invocation.flags["older-than"].map { text throws -> Int64 in
            guard let age = DurationValue(parsing: text) else {
                throw UsageError("--older-than expects \(DurationValue.expectation), got '\(text)'", command: Self.name)
            }
            return age.nanoseconds
        }
        switch invocation.arguments[0] {
        case "stats", "clear":
            guard maxSize == nil, olderThan == nil else {
                throw UsageError("--max-size and --older-than go with 'cache prune'", command: Self.name)
            }
            action = invocation.arguments[0] == "stats" ? .stats : .clear
        case "prune":
            guard maxSize != nil || olderThan != nil else {
                throw UsageError("'cache prune' needs --max-size SIZE, --older-than AGE or both", command: Self.name)
            }
            action = .prune(maxSize: maxSize, olderThan: olderThan)
        case let other:
            throw UsageError("unknown cache action '\(other)'\(Suggestion.hint(for: other, in: ["stats", "prune", "clear"])); use stats, prune or clear", command: Self.name)
        }
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        let workspace = try await Workspace.load(global, system: system)
        let maintenance = CacheMaintenance(root: workspace.root, fileSystem: system.fileSystem)
        switch action {
        case .stats:
            let stats = maintenance.stats()
            var text = "records \(stats.records)\nblobs   \(stats.blobs)\nbytes   \(stats.bytes) (\(Self.human(stats.bytes)))\n"
            if let last = stats.lastRun {
                let total = last.hits + last.misses
                let rate = total == 0 ? "-" : "\(last.hits * 100 / total)%"
                text += "last run: \(last.hits) cached, \(last.misses) ran, hit rate \(rate)\n"
            } else {
                text += "last run: none recorded\n"
            }
            system.console.out(text)
        case .prune(let maxSize, let olderThan):
            let lock = try ProjectLock.acquire(root: workspace.root, system: system)
            defer { lock.release() }
            let removed = maintenance.prune(maxSize: maxSize, olderThanNanoseconds: olderThan, now: Int64(bitPattern: system.time.wallNanoseconds()))
            let leftovers = removed.temporaryFiles == 0 ? "" : "; and \(removed.temporaryFiles) temporary files left by killed runs"
            system.console.out("removed \(removed.records) records and \(removed.blobs) blobs, \(Self.human(removed.bytes))\(leftovers)\n")
        case .clear:
            let lock = try ProjectLock.acquire(root: workspace.root, system: system)
            defer { lock.release() }
            do {
                try maintenance.clear()
            } catch {
                throw CacheError(description: "cannot clear the cache: \(error)")
            }
            system.console.out("cache cleared\n")
        }
        return 0
    }

    static func human(_ bytes: Int64) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : "\((value * 10).rounded() / 10) \(units[unit])"
    }
}

/// The cache could not be changed as asked.
struct CacheError: UserFacingError {
    var description: String
    var exitCode: Int32 { 1 }
}
