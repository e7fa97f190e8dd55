import Basics
import Pipeline

/// Ingredients with their canonical text and its digest, the cache key, computed once.
struct StageKey: Sendable {
    let ingredients: CacheIngredients
    /// The canonical text, UTF-8.
    let text: [UInt8]
    let key: Digest
    /// The stat facts the input digests relied on, re-checked after the stage ran.
    let witnesses: [InputWitness]

    init(_ ingredients: CacheIngredients, witnesses: [InputWitness] = []) {
        self.ingredients = ingredients
        text = ingredients.canonicalBytes
        key = SHA256.hash(text)
        self.witnesses = witnesses
    }
}

/// What the command line says about the cache.
public struct CachePolicy: Sendable {
    /// `--no-cache`: run every stage; results are still recorded for the next run.
    public var readCache: Bool
    /// `--force STAGE`: run these even if cached.
    public var forced: Set<String>

    public init(readCache: Bool = true, forced: Set<String> = []) {
        self.readCache = readCache
        self.forced = forced
    }
}

/// The cache as one run (or one `plan`) uses it: computes ingredients, decides hit or run with a
/// reason, restores outputs on a hit and records them after a run.
public final class RunCache: Sendable {
    let store: CacheStore
    let index: StatIndex
    let masker: SecretMasker
    let root: String
    let fileSystem: any FileSystem

    /// The stat index and the stages file read ahead of time, the files every run reads
    /// whole, while pipeline.json is being loaded.
    public struct PreloadedIndex: Sendable {
        let table: StatTable
        let lastRuns: [String: CacheStore.LastRun]
    }

    /// Reads the stat index and the stages' last runs of the project at `root`.
    public static func preloadIndex(root: String, fileSystem: any FileSystem) -> PreloadedIndex {
        let store = CacheStore(root: root, fileSystem: fileSystem)
        return PreloadedIndex(table: StatIndex.read(store.statIndexPath, fileSystem),
                              lastRuns: CacheStore.readLastRuns(directory: store.directory, fileSystem: fileSystem))
    }

    /// Opens the cache of the project at `root`, creating `.pipeline/cache/` if needed.
    /// `query` for `plan` and `explain`: nothing is created (they work in a read-only
    /// checkout); without a secret key yet, an ephemeral one stands in, so a stage that uses a
    /// secret shows as never run, which is the truth.
    public init(root: String, fileSystem: any FileSystem, time: any TimeSource, secrets: [String: String],
                preloaded: PreloadedIndex? = nil, query: Bool = false, remote: RemoteStageCache? = nil) throws(FileSystemError) {
        self.remote = remote
        self.root = root
        self.fileSystem = fileSystem
        self.query = query
        store = CacheStore(root: root, fileSystem: fileSystem, lastRuns: preloaded?.lastRuns)
        if !query {
            try StateDirectory.prepare(root: root, fileSystem: fileSystem)
            try fileSystem.createDirectory(store.directory)
        }
        index = StatIndex(path: store.statIndexPath, fileSystem: fileSystem, now: { Int64(bitPattern: time.wallNanoseconds()) },
                          table: preloaded?.table)
        let key: [UInt8]
        if secrets.isEmpty {
            key = []
        } else if query {
            var generator = SystemRandomNumberGenerator()
            key = CacheStore.existingSecretKey(root: root, fileSystem: fileSystem) ?? (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        } else {
            key = try CacheStore.secretKey(root: root, fileSystem: fileSystem)
        }
        masker = SecretMasker(secrets: secrets, key: key)
    }

    /// Opened for `plan` or `explain` (see `init`).
    let query: Bool
    /// The shared cache asked after a local miss, if one is configured.
    let remote: RemoteStageCache?

    /// Asks the remote cache for `key` after a local miss. In a run, a hit is imported into
    /// the local store (blobs verified) and then restored like a local hit; a query only reads.
    func lookupRemote(_ stage: Stage, _ key: StageKey) async -> RemoteStageCache.Lookup {
        guard let remote, RemoteStageCache.shares(stage) else { return .unavailable }
        return await remote.lookup(stage, key: key, into: query ? nil : store)
    }

    /// Waits for the uploads still running (dropping those not started when
    /// `abandoningQueued`); the remote's notices not yet shown.
    public func finishRemote(abandoningQueued: Bool = false) async -> [String] {
        await remote?.finishUploads(abandoningQueued: abandoningQueued) ?? []
    }

    /// The outcome of looking a stage up.
    enum Decision {
        case hit(CacheRecord)
        /// `warning` when the cache itself is damaged (shown even without -v).
        case run(reason: String, warning: String? = nil)
    }

    /// The stage's input files, hashed: its `inputs` globs expanded plus `extra`, minus its own
    /// outputs; with the stat facts the digests relied on.
    func inputFiles(of stage: Stage, extra: [String] = []) throws(FileSystemError) -> (files: [CacheIngredients.InputFile], witnesses: [InputWitness]) {
        // Input globs list directories through the stat index: an unchanged directory is
        // stat-ed, not read.
        let walker = FileWalker(fileSystem: fileSystem, root: root, listing: index)
        let outputs = stage.outputs.map(Glob.init)
        // One pattern and nothing extra (the common case) needs no de-duplication, and the
        // walker's order is already the key's order.
        var paths = extra
        for pattern in stage.inputs {
            paths += walker.files(matching: Glob(pattern)).filter { path in !outputs.contains { $0.matches(path) || Self.isBelow(path, $0) } }
        }
        if stage.inputs.count + (extra.isEmpty ? 0 : 1) > 1 {
            paths = Array(Set(paths)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        var files: [CacheIngredients.InputFile] = []
        var witnesses: [InputWitness] = []
        files.reserveCapacity(paths.count)
        witnesses.reserveCapacity(paths.count)
        // The names of one directory are stat-ed together (the directory looked up once).
        var start = paths.startIndex
        while start < paths.endIndex {
            let directory = Paths.parent(paths[start])
            var end = start + 1
            while end < paths.endIndex, Paths.parent(paths[end]) == directory { end += 1 }
            let names = paths[start..<end].map { directory.isEmpty ? $0 : String(decoding: $0.utf8.dropFirst(directory.utf8.count + 1), as: UTF8.self) }
            let statuses = fileSystem.statuses(of: names, inDirectory: Paths.join(root, directory))
            var near: Int?
            for (path, status) in zip(paths[start..<end], statuses) {
                guard let status, let (digest, executable) = try index.digest(of: Paths.join(root, path), status: status, witnesses: &witnesses,
                                                                               near: &near)
                else { continue }
                files.append(CacheIngredients.InputFile(path: path, executable: executable, digest: digest))
            }
            start = end
        }
        return (files, witnesses)
    }

    /// The first input of `key` that changed since it was hashed (while its stage ran), if any.
    func changedInput(_ key: StageKey) -> String? {
        guard let changed = index.firstChange(among: key.witnesses) else { return nil }
        return changed.hasPrefix(root + "/") ? String(changed.dropFirst(root.count + 1)) : changed
    }

    /// Whether `path` lies inside a literal output directory.
    private static func isBelow(_ path: String, _ output: Glob) -> Bool {
        guard let literal = output.literalPath else { return false }
        return path.utf8.count > literal.utf8.count && path.hasPrefix(literal) && path.utf8.dropFirst(literal.utf8.count).first == UInt8(ascii: "/")
    }

    func key(of stage: Stage, upstream: [String: Digest], extra: CacheInputs = CacheInputs()) throws(FileSystemError) -> StageKey {
        let (files, witnesses) = try inputFiles(of: stage, extra: extra.files)
        return StageKey(CacheIngredients(stage: stage, inputs: files, upstream: upstream, masker: masker, environment: extra.environment),
                        witnesses: witnesses)
    }

    /// Hit, or run with the reason.
    func decide(_ stage: Stage, _ stageKey: StageKey, policy: CachePolicy) -> Decision {
        if policy.forced.contains(stage.name) { return .run(reason: "forced with --force") }
        if !policy.readCache { return .run(reason: "--no-cache") }
        let key = stageKey.key
        if store.lastKey(of: stage.name) == key, let record = store.lastRecord(of: stage.name) { return .hit(record) }
        switch store.readRecord(key) {
        case .found(let record): return .hit(record)
        case .corrupt(let problem):
            return .run(reason: "its cache record is damaged", warning: "ignoring a damaged cache record of '\(stage.name)': \(problem)")
        case .missing: break
        }
        guard let last = store.lastKey(of: stage.name) else { return .run(reason: "never ran") }
        guard case .found = store.readRecord(last), let previous = store.ingredients(of: last) else {
            return .run(reason: "no usable record of its last run")
        }
        let changes = stageKey.ingredients.differences(from: previous)
        if changes.isEmpty { return .run(reason: "not in the cache") }
        let shown = changes.prefix(3).joined(separator: "; ")
        return .run(reason: changes.count > 3 ? "\(shown) (+\(changes.count - 3) more)" : shown)
    }

    /// The last recorded run of `stage`, for `explain`.
    func lastRecord(of stage: String) -> CacheStore.Lookup {
        guard let key = store.lastKey(of: stage) else { return .missing }
        return store.readRecord(key)
    }

    /// The ingredients of a recorded run, for `explain`.
    func ingredients(of record: CacheRecord) -> CacheIngredients? { store.ingredients(of: record.key) }

    /// Puts a hit's outputs in place: files that are missing or differ (content or mode) are
    /// copied from the blob store and verified. Returns why it could not, if it could not.
    func restore(_ record: CacheRecord, guard outputGuard: OutputGuard) -> String? {
        for output in record.outputs {
            let path = Paths.join(root, output.path)
            // An intact output is left as it is; only what is written needs to be inside the project.
            if let status = fileSystem.status(of: path), status.kind == .file, status.permissions == output.permissions,
               (try? index.digest(ofFile: path, status: status))?.digest == output.digest {
                continue
            }
            if let problem = outputGuard.problem(with: output.path) { return problem }
            do {
                try store.restoreBlob(output.digest, to: path, permissions: output.permissions)
            } catch {
                return error.description
            }
        }
        store.setLastRun(record)
        return nil
    }

    /// Puts the log of a cached run back at `logPath` if it differs. Nil when done, else why
    /// not; the outputs are sound either way, but a log file from another run must not stand
    /// in for this one's, so it is removed.
    func restoreLog(_ record: CacheRecord, logPath: String) -> String? {
        guard let log = record.log, (try? index.digest(of: logPath))??.digest != log else { return nil }
        do {
            try store.restoreBlob(log, to: logPath, permissions: 0o644)
            return nil
        } catch {
            if fileSystem.kind(of: logPath) != nil { try? fileSystem.removeItem(logPath) }
            return error.description
        }
    }

    /// The files a stage's `outputs` name right now, hashed. Only regular files are outputs: a
    /// symlink or directory a stage leaves is not kept in the cache.
    func outputs(of stage: Stage, excluding untouched: Set<String> = [], including produced: [String] = []) throws(FileSystemError) -> [OutputEntry] {
        let walker = FileWalker(fileSystem: fileSystem, root: root)
        var seen = Set<String>()
        var entries: [OutputEntry] = []
        var candidates: [String] = []
        for pattern in stage.outputs { candidates += walker.files(matching: Glob(pattern)) }
        for path in candidates + produced where !untouched.contains(path) && seen.insert(path).inserted {
            let absolute = Paths.join(root, path)
            guard let status = fileSystem.status(of: absolute), status.kind == .file else { continue }
            let (digest, _) = try index.digest(ofFile: absolute, status: status)
            entries.append(OutputEntry(path: path, digest: digest, size: status.size, permissions: status.permissions))
        }
        return entries
    }

    /// The project-relative paths `stage` recorded as its outputs the last time it succeeded:
    /// the only files removed before it runs again.
    func recordedOutputs(of stage: String) -> [String] {
        store.lastRecord(of: stage)?.outputs.map(\.path) ?? []
    }

    /// Records a successful run: blobs first, then the record, then the stage's last key.
    func record(_ stage: Stage, key: StageKey, result: StageResult, durationMilliseconds: Int, logPath: String?, now: Int64) throws(FileSystemError) -> CacheRecord {
        let facts = result.facts
        let outputs = try outputs(of: stage, excluding: result.untouched, including: result.produced)
        for output in outputs { try store.storeBlob(from: Paths.join(root, output.path), digest: output.digest) }
        try store.storeIngredients(key)
        var log: Digest?
        if let logPath, let (digest, _) = try index.digest(of: logPath) {
            try store.storeBlob(from: logPath, digest: digest)
            log = digest
        }
        let record = CacheRecord(key: key.key, stage: stage.name, outputs: outputs, facts: facts,
                                 durationMilliseconds: durationMilliseconds, log: log, created: now)
        try store.writeRecord(record)
        store.setLastRun(record)
        if let remote, RemoteStageCache.shares(stage) { remote.upload(record, store: store) }
        return record
    }

    /// Writes the stat index and the stages file.
    public func save() throws(FileSystemError) {
        // A query refreshes the stat index of an existing cache, but never starts one.
        if query, fileSystem.kind(of: store.directory) != .directory { return }
        try index.save()
        try store.saveLastKeys()
    }
}
