import Basics
import Pipeline
import Synchronization

/// The shared half of the cache: stage records and their blobs on a server that speaks Bazel's
/// HTTP cache protocol (`GET`/`PUT`/`HEAD` on `<base>/ac/<key>` and `<base>/cas/<sha256>`).
///
/// Rules, each enforced here:
/// - The local cache is asked first; the remote only on a local miss, and only for kinds whose
///   whole result is files and facts (`exec`, `lint`, `smoke`). A docker-build's product lives
///   in the engine, and tag and push never cache.
/// - Every blob fetched is checked against its SHA-256 and size before it enters the local
///   store; a mismatch is a miss with a warning, never a hit. A hit is imported into the local
///   cache and restored from there, by the same code as a local hit.
/// - The server being down, slow (every wait is bounded), failing (5xx) or refusing the
///   credentials never fails a run: the first such problem is said once and the remote is not
///   asked again in this run (reads and uploads separately where that makes sense).
/// - Uploads start after a stage succeeds and run beside the rest of the run, a few at a time;
///   blobs go first and the record last, so a record on the server always has its blobs.
/// - Records go under the local cache key, in which secrets are an HMAC, never a value.
public final class RemoteStageCache: Sendable {
    let settings: RemoteCacheSettings
    private let transport: any HTTPTransport
    private let authorization: HTTPHeader?
    private let state = Mutex(State())
    /// Uploads running at once.
    static let uploadWorkers = 4

    private struct State {
        var readsOff = false
        var uploadsOff = false
        var notices: [String] = []
        var queue: [@Sendable () async -> Void] = []
        var workers: [Task<Void, Never>] = []
        var activeWorkers = 0
    }

    /// The remote at `settings.address`, reached through `transport`; `secrets` by name give the
    /// credentials' value.
    public init(settings: RemoteCacheSettings, transport: any HTTPTransport, secrets: [String: String]) {
        self.settings = settings
        self.transport = transport
        authorization = settings.authorization(secrets: secrets)
    }

    /// Whether a stage of this kind is looked up and stored remotely.
    static func shares(_ stage: Stage) -> Bool {
        switch stage.kind {
        case .exec, .lint, .smoke: true
        case .render, .dockerBuild, .tag, .push: false
        }
    }

    /// What a lookup found.
    enum Lookup {
        case hit(CacheRecord)
        case miss
        /// The remote is off for this run (it failed before, or just now).
        case unavailable
    }

    /// Notices gathered since the last call (said once each).
    func takeNotices() -> [String] {
        state.withLock { state in
            defer { state.notices = [] }
            return state.notices
        }
    }

    private enum Direction {
        case read, upload
    }

    /// Turns the remote off for `direction` (both, for problems that will not go away by
    /// themselves), saying why once.
    private func giveUp(_ direction: Direction, _ problem: String, both: Bool) {
        state.withLock { state in
            let wasOn = direction == .read ? !state.readsOff : !state.uploadsOff
            if direction == .read || both { state.readsOff = true }
            if direction == .upload || both { state.uploadsOff = true }
            guard wasOn else { return }
            let consequence = both || direction == .read ? "not used for the rest of this run; stages run locally" : "results of this run are not uploaded"
            state.notices.append("remote cache \(settings.address): \(problem); \(consequence)")
        }
    }

    private func warn(_ message: String) {
        state.withLock { $0.notices.append("remote cache: " + message) }
    }

    private func request(_ method: String, _ area: RemoteCacheAddress.Area, _ digest: Digest, body: [UInt8] = []) -> HTTPRequest {
        var headers: [HTTPHeader] = authorization.map { [$0] } ?? []
        if method == "PUT" { headers.append(HTTPHeader("Content-Type", "application/octet-stream")) }
        return HTTPRequest(method: method, path: settings.address.path(area, digest), headers: headers, body: body)
    }

    /// Sends `request`; a transport failure or an answer outside `accepted` turns the remote
    /// off for `direction` and gives nil.
    private func send(_ request: HTTPRequest, accepted: Set<Int>, _ direction: Direction) async -> HTTPResponse? {
        switch await transport.send(request) {
        case .failure(let error):
            giveUp(direction, error.description, both: true)
            return nil
        case .success(let response) where accepted.contains(response.status):
            return response
        case .success(let response):
            let status = response.status
            let problem: String
            switch status {
            case 401:
                problem = authorization == nil
                    ? "the server wants credentials (HTTP 401 on \(request.method)); name a secret in cache.basicAuth or cache.bearerToken"
                    : "the server refused the credentials (HTTP 401 on \(request.method))"
            case 403: problem = "the server forbids it (HTTP 403 on \(request.method))"
            case 500...599: problem = "the server failed (HTTP \(status) on \(request.method))"
            default: problem = "unexpected answer HTTP \(status) to \(request.method) \(request.path)"
            }
            // Refused reads mean the credentials are wrong for everything; refused writes may
            // just be a read-only mirror, which still serves hits.
            giveUp(direction, problem, both: direction == .read && (status == 401 || status == 403))
            return nil
        }
    }

    private var readsOff: Bool { state.withLock { $0.readsOff } }

    /// Fetches a blob and checks it; nil when it is missing, altered or the remote failed.
    private func fetchBlob(_ digest: ActionResult.BlobDigest, for stage: String) async -> [UInt8]? {
        guard let response = await send(request("GET", .cas, digest.hash), accepted: [200, 404], .read) else { return nil }
        guard response.status == 200 else {
            warn("'\(stage)': blob \(digest.hash.short)… is missing on the server; the stage runs")
            return nil
        }
        guard Int64(response.body.count) == digest.size, SHA256.hash(response.body) == digest.hash else {
            warn("'\(stage)': blob \(digest.hash.short)… from the server does not match its SHA-256; not used, the stage runs")
            return nil
        }
        return response.body
    }

    /// Looks `key` up. With `store` (a run), a hit's blobs are fetched, verified and put in the
    /// local cache with its record, ready to restore. Without it (`plan`, `explain`), only the
    /// record is read: nothing is written.
    func lookup(_ stage: Stage, key: StageKey, into store: CacheStore?) async -> Lookup {
        guard !readsOff else { return .unavailable }
        guard let response = await send(request("GET", .ac, key.key), accepted: [200, 404], .read) else { return .unavailable }
        if response.status == 404 { return .miss }
        let result: ActionResult
        let record: CacheRecord
        do {
            result = try ActionResult.decode(response.body)
            let metadataDigest = try RemoteRecord.metadataDigest(of: result)
            guard let metadata = await fetchBlob(metadataDigest, for: stage.name) else { return readsOff ? .unavailable : .miss }
            record = try RemoteRecord.record(result, metadata: metadata, key: key.key, stage: stage.name)
        } catch {
            warn("'\(stage.name)': the record on the server is unusable (\(error)); the stage runs")
            return .miss
        }
        guard let store else { return .hit(record) }
        var sizes: [Digest: Int64] = [:]
        for output in record.outputs { sizes[output.digest] = output.size }
        if let log = result.stdoutDigest { sizes[log.hash] = log.size }
        for (digest, size) in sizes.sorted(by: { $0.key < $1.key }) where store.fileSystem.kind(of: store.blobPath(digest)) != .file {
            guard let bytes = await fetchBlob(ActionResult.BlobDigest(hash: digest, size: size), for: stage.name) else {
                return readsOff ? .unavailable : .miss
            }
            do {
                try store.storeBlob(bytes: bytes, digest: digest)
            } catch {
                warn("'\(stage.name)': cannot keep a fetched blob (\(error)); the stage runs")
                return .miss
            }
        }
        do {
            try store.storeIngredients(key)
            try store.writeRecord(record)
        } catch {
            warn("'\(stage.name)': cannot keep the fetched record (\(error)); the stage runs")
            return .miss
        }
        return .hit(record)
    }

    /// Queues the upload of a recorded run: its blobs (read from the local store) unless the
    /// server has them, then its record.
    func upload(_ record: CacheRecord, store: CacheStore) {
        guard settings.upload else { return }
        let job: @Sendable () async -> Void = { [self] in await self.send(record, store: store) }
        let start = state.withLock { state -> Bool in
            guard !state.uploadsOff else { return false }
            state.queue.append(job)
            guard state.activeWorkers < Self.uploadWorkers else { return false }
            state.activeWorkers += 1
            return true
        }
        guard start else { return }
        let worker = Task { [self] in
            while let next = state.withLock({ state -> (@Sendable () async -> Void)? in
                if state.uploadsOff { state.queue.removeAll() }
                guard !state.queue.isEmpty else {
                    state.activeWorkers -= 1
                    return nil
                }
                return state.queue.removeFirst()
            }) {
                await next()
            }
        }
        state.withLock { $0.workers.append(worker) }
    }

    private func send(_ record: CacheRecord, store: CacheStore) async {
        let metadata = RemoteRecord.metadata(of: record)
        let metadataDigest = ActionResult.BlobDigest(hash: SHA256.hash(metadata), size: Int64(metadata.count))
        let logSize = record.log.flatMap { store.fileSystem.status(of: store.blobPath($0))?.size }
        guard let result = RemoteRecord.actionResult(record, metadata: metadataDigest, logSize: logSize) else { return }
        var blobs: [(Digest, () throws -> [UInt8])] = [(metadataDigest.hash, { metadata })]
        for output in record.outputs { blobs.append((output.digest, { try store.fileSystem.readFile(store.blobPath(output.digest)) })) }
        if let log = record.log { blobs.append((log, { try store.fileSystem.readFile(store.blobPath(log)) })) }
        var uploaded = Set<Digest>()
        for (digest, bytes) in blobs where uploaded.insert(digest).inserted {
            guard !state.withLock({ $0.uploadsOff }) else { return }
            guard let head = await send(request("HEAD", .cas, digest), accepted: [200, 404], .upload) else { return }
            if head.status == 200 { continue }
            guard let body = try? bytes(), SHA256.hash(body) == digest else {
                // The local blob changed under us: better no record than a wrong one.
                warn("'\(record.stage)': its local blob \(digest.short)… is unreadable or altered; not uploaded")
                return
            }
            guard await send(request("PUT", .cas, digest, body: body), accepted: [200, 201, 204], .upload) != nil else { return }
        }
        _ = await send(request("PUT", .ac, record.key, body: result.encoded()), accepted: [200, 201, 204], .upload)
    }

    /// Waits for every queued upload, or only for those under way when `abandoningQueued`;
    /// returns the notices not yet taken.
    func finishUploads(abandoningQueued: Bool = false) async -> [String] {
        if abandoningQueued {
            state.withLock { state in
                state.queue.removeAll()
                state.uploadsOff = true
            }
        }
        while true {
            let workers = state.withLock { state -> [Task<Void, Never>] in
                defer { state.workers = [] }
                return state.workers
            }
            if workers.isEmpty { break }
            for worker in workers { await worker.value }
        }
        return takeNotices()
    }
}
