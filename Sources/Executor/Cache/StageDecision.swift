import Basics
import Pipeline

/// What the plan says one stage does, decided in one place for `plan`, `explain` and the run.
enum StageDecision: Sendable {
    /// Served from the cache. `repair`, when set, is an action carried out first (an image name
    /// tagged back onto the cached image); the plan shows it. `remote`: found in the remote
    /// cache, not the local one.
    case cached(CacheRecord, key: StageKey, repair: RepairAction?, remote: Bool = false)
    /// Runs, for `reason`; recorded under `key` afterwards when it is cacheable.
    case run(reason: String, key: StageKey?)
    /// Cannot even be looked up (its context is missing, no engine): fails without running.
    case fail(String)

    /// The `plan` line: action and reason.
    var planned: (action: PlannedStage.Action, reason: String) {
        switch self {
        case .cached(_, _, let repair?, let remote): (.cached, (remote ? "remote hit: " : "") + "inputs unchanged; will \(repair.description)")
        case .cached(_, _, nil, true): (.cached, "remote hit: inputs unchanged")
        case .cached: (.cached, "inputs unchanged")
        case .run(let reason, _): (.run, reason)
        case .fail(let reason): (.run, "cannot be checked: \(reason)")
        }
    }
}

/// Decides run or cached for one stage, given what its upstream stages produced.
struct StageDecider: Sendable {
    let cache: RunCache?
    let policy: CachePolicy

    /// The decision and, when the cache itself is damaged or the remote cache failed, a
    /// warning to show.
    func decide(_ stage: Stage, kind: any StageRunner, context: StageContext,
                upstream: [String: Digest]) async -> (decision: StageDecision, warning: String?) {
        guard let cache, kind.isCacheable(stage) else {
            return (.run(reason: kind.uncachedReason(stage), key: nil), nil)
        }
        let key: StageKey
        do {
            let extra = try await kind.cacheInputs(context)
            key = try cache.key(of: stage, upstream: upstream, extra: extra)
        } catch let failure as StageFailure {
            return (.fail(failure.reason), nil)
        } catch {
            return (.fail("cannot read its inputs: \(error)"), nil)
        }
        let record: CacheRecord
        var remote = false
        var warnings: [String] = []
        switch cache.decide(stage, key, policy: policy) {
        case .run(var reason, let warning):
            if let warning { warnings.append(warning) }
            // Local first; the remote only when the cache may be read at all.
            guard policy.readCache, !policy.forced.contains(stage.name) else { return (.run(reason: reason, key: key), warning) }
            let lookup = await cache.lookupRemote(stage, key)
            warnings += cache.remote?.takeNotices() ?? []
            switch lookup {
            case .hit(let found):
                record = found
                remote = true
            case .miss, .unavailable:
                if case .miss = lookup { reason += "; remote miss" }
                return (.run(reason: reason, key: key), warnings.isEmpty ? nil : warnings.joined(separator: "\n"))
            }
        case .hit(let found):
            record = found
        }
        let warning = warnings.isEmpty ? nil : warnings.joined(separator: "\n")
        switch await kind.verifyCached(record.facts, context: context) {
        case .intact: return (.cached(record, key: key, repair: nil, remote: remote), warning)
        case .repairable(let repair): return (.cached(record, key: key, repair: repair, remote: remote), warning)
        case .gone(let reason): return (.run(reason: reason, key: key), warning)
        }
    }
}
