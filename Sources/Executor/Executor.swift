import Basics
import Pipeline
import Synchronization

/// How a run behaves.
public struct ExecutorOptions: Sendable {
    /// Stages running at once.
    public var jobs: Int
    /// Run everything not downstream of a failure instead of stopping at the first one.
    public var keepGoing: Bool
    /// Absolute project root.
    public var root: String
    /// The environment stages start from.
    public var environment: [String: String]
    /// How long interrupted children get to exit before they are killed.
    public var interruptGraceSeconds: Double
    public var cachePolicy: CachePolicy
    /// The pipeline definition, absolute (default `<root>/pipeline.json`): never an output.
    public var definitionFile: String?

    public init(jobs: Int, keepGoing: Bool, root: String, environment: [String: String], interruptGraceSeconds: Double = 5,
                cachePolicy: CachePolicy = CachePolicy(), definitionFile: String? = nil) {
        self.definitionFile = definitionFile
        self.jobs = max(1, jobs)
        self.keepGoing = keepGoing
        self.root = root
        self.environment = environment
        self.interruptGraceSeconds = interruptGraceSeconds
        self.cachePolicy = cachePolicy
    }

    /// `.pipeline/logs/` under the root.
    public var logDirectory: String { Paths.join(root, ".pipeline/logs") }
}

/// Secrets a selected stage refers to that are not in the environment.
public struct MissingSecretsError: UserFacingError, Sendable {
    public var exitCode: Int32 { 2 }

    public var missing: [(stage: String, secret: String)]

    public var description: String {
        missing.map { "stage '\($0.stage)' needs secret '\($0.secret)', which is not set; export \($0.secret) before running" }
            .joined(separator: "\n")
    }
}

/// Runs a plan: bounded parallelism, fail-fast or keep-going, interruption (the builder, as
/// ninja calls it; the `Planner` decided what runs).
public final class Executor: Sendable {
    private let definition: PipelineDefinition
    private let plan: Plan
    private let options: ExecutorOptions
    private let runner: any ProcessRunner
    private let fileSystem: any FileSystem
    private let time: any TimeSource
    private let reporter: any RunReporter
    private let redactor: Redactor
    private let cache: RunCache?
    private let interruption = Mutex<Int32?>(nil)
    /// Trace lanes in use; grows to the largest number of stages that ran at once, never to -j.
    private let lanes = Mutex<[Bool]>([])
    /// Output digests of finished stages by stage index, for the cache keys of the stages that
    /// need them.
    private let outputDigests: Mutex<[Digest?]>
    /// Facts of finished stages (the image a docker-build made), for the stages after them.
    private let stageFacts: Mutex<[StageFacts?]>
    private let docker: any DockerEngine
    private let http: (any HTTPClient)?
    private let outputGuard: OutputGuard
    /// Where unique names (smoke containers) get their randomness; tests fix it.
    private let random: @Sendable () -> UInt64

    /// `cache` nil runs every stage and records nothing. `dockerSocket` reaches the Docker
    /// engine's API; nil: the CLI only.
    public init(definition: PipelineDefinition, plan: Plan, options: ExecutorOptions, runner: any ProcessRunner,
                fileSystem: any FileSystem, time: any TimeSource, reporter: any RunReporter, cache: RunCache? = nil,
                http: (any HTTPClient)? = nil, dockerSocket: (any UnixSocketTransport)? = nil, random: @escaping @Sendable () -> UInt64 = { UInt64.random(in: 0...UInt64.max) }) {
        self.random = random
        self.cache = cache
        self.http = http
        self.docker = DockerEngines.make(environment: options.environment, runner: runner, workingDirectory: options.root, socket: dockerSocket)
        self.definition = definition
        outputDigests = Mutex(Array(repeating: nil, count: definition.stages.count))
        stageFacts = Mutex(Array(repeating: nil, count: definition.stages.count))
        self.plan = plan
        self.options = options
        self.runner = runner
        self.fileSystem = fileSystem
        self.time = time
        let redactor = Redactor(secrets: definition.secretValues)
        self.redactor = redactor
        // Every message of the run passes the redactor on its way out, failure reasons included.
        self.reporter = redactor.isEmpty ? reporter : RedactingReporter(base: reporter, redactor: redactor)
        outputGuard = OutputGuard(root: options.root, fileSystem: fileSystem, definitionFile: options.definitionFile)
    }

    /// Refuses a plan that cannot run before anything starts: secrets that are not set.
    public static func check(_ plan: Plan, of definition: PipelineDefinition) throws(MissingSecretsError) {
        let missing = plan.steps.flatMap { step in
            definition.stages[step.stage].missingSecrets.map { (definition.stages[step.stage].name, $0) }
        }
        if !missing.isEmpty { throw MissingSecretsError(missing: missing) }
    }

    /// Stops starting stages and asks every running child to stop: Ctrl-C is forwarded as
    /// SIGINT, every other signal as SIGTERM (a stage may use SIGHUP or SIGUSR1 for something
    /// else than stopping). A second call, or the grace period running out, kills them. The run
    /// then reports `signal` (exit code 128 + signal).
    public func interrupt(signal: Int32) {
        let first = interruption.withLock { current -> Bool in
            defer { if current == nil { current = signal } }
            return current == nil
        }
        guard first else {
            reporter.notice("interrupted again: killing running stages")
            runner.signalAll(SignalNumber.kill)
            return
        }
        reporter.notice("interrupted: waiting for running stages to stop (press Ctrl-C again to kill them)")
        runner.signalAll(signal == SignalNumber.interrupt ? signal : SignalNumber.terminate)
        let grace = options.interruptGraceSeconds
        let runner = self.runner
        let time = self.time
        Task.detached {
            await time.sleep(nanoseconds: UInt64(grace * 1_000_000_000))
            runner.signalAll(SignalNumber.kill)
        }
    }

    private var interruptedBy: Int32? { interruption.withLock { $0 } }

    /// Runs the plan to the end and reports every stage's outcome, in plan order.
    public func run() async -> RunResult {
        let started = time.monotonicNanoseconds()
        try? fileSystem.createDirectory(options.logDirectory)
        let graph = definition.graph
        let count = graph.stages.count
        var position = Array(repeating: -1, count: count)
        for (i, step) in plan.steps.enumerated() { position[step.stage] = i }
        var waitingOn = Array(repeating: 0, count: count)
        for step in plan.steps {
            waitingOn[step.stage] = graph.dependencies[step.stage].filter { position[$0] >= 0 }.count
        }
        var outcomes: [StageOutcome?] = Array(repeating: nil, count: plan.steps.count)
        var ready = plan.steps.map(\.stage).filter { waitingOn[$0] == 0 }
        var firstFailure: String?
        /// Stage index → the failed stage that blocks it.
        var blockedBy: [Int: String] = [:]

        await withTaskGroup(of: StageOutcome.self) { group in
            var running = 0
            func launchReady() {
                while running < options.jobs, firstFailure == nil || options.keepGoing, interruptedBy == nil,
                      let next = takeHighestPriority(&ready, graph: graph) {
                    running += 1
                    group.addTask { await self.runStage(next) }
                }
            }
            launchReady()
            while let outcome = await group.next() {
                running -= 1
                outcomes[position[outcome.stage]] = outcome
                if outcome.status.isSuccess {
                    for dependent in graph.dependents[outcome.stage] where position[dependent] >= 0 {
                        waitingOn[dependent] -= 1
                        if waitingOn[dependent] == 0, blockedBy[dependent] == nil { ready.append(dependent) }
                    }
                } else {
                    if firstFailure == nil { firstFailure = outcome.name }
                    markBlocked(from: outcome.stage, by: outcome.name, graph: graph, position: position, blockedBy: &blockedBy)
                }
                launchReady()
            }
        }

        let interrupted = interruptedBy
        let result = plan.steps.enumerated().map { i, step -> StageOutcome in
            if let outcome = outcomes[i] { return outcome }
            let reason: String
            if let blocker = blockedBy[step.stage] {
                reason = "needs '\(blocker)', which did not succeed"
            } else if interrupted != nil {
                reason = "not started: the run was interrupted"
            } else if let firstFailure {
                reason = "not started: the run stopped after '\(firstFailure)' failed (-k runs the rest)"
            } else {
                reason = "not started"
            }
            let outcome = redactor.redact(StageOutcome(stage: step.stage, name: graph.stages[step.stage].name, status: .skipped(reason: reason),
                                                       started: nil, finished: nil, lane: nil, tail: [], logPath: nil, reason: nil))
            reporter.stageFinished(outcome)
            return outcome
        }
        // Uploads ran beside the stages; the run ends when they have (an interrupted run drops
        // those not started).
        for notice in await cache?.finishRemote(abandoningQueued: interrupted != nil) ?? [] { reporter.notice(notice) }
        do {
            try cache?.save()
        } catch {
            reporter.notice("could not save the cache index (\(error)); the next run re-reads more files")
        }
        return RunResult(outcomes: result, interruptedBy: interrupted, started: started, finished: time.monotonicNanoseconds())
    }

    /// Pops the ready stage with the longest chain of dependents (it gates the most work),
    /// ties going to the one declared first.
    private func takeHighestPriority(_ ready: inout [Int], graph: StageGraph) -> Int? {
        guard !ready.isEmpty else { return nil }
        var best = 0
        for i in ready.indices.dropFirst() {
            let a = ready[i], b = ready[best]
            if graph.criticalPath[a] > graph.criticalPath[b] || (graph.criticalPath[a] == graph.criticalPath[b] && a < b) {
                best = i
            }
        }
        return ready.remove(at: best)
    }

    private func markBlocked(from stage: Int, by name: String, graph: StageGraph, position: [Int], blockedBy: inout [Int: String]) {
        var stack = graph.dependents[stage]
        while let next = stack.popLast() {
            guard position[next] >= 0, blockedBy[next] == nil else { continue }
            blockedBy[next] = name
            stack.append(contentsOf: graph.dependents[next])
        }
    }

    private func acquireLane() -> Int {
        lanes.withLock { lanes in
            let free = lanes.firstIndex(of: false) ?? lanes.count
            if free == lanes.count { lanes.append(true) } else { lanes[free] = true }
            return free
        }
    }

    private func releaseLane(_ lane: Int) {
        lanes.withLock { $0[lane] = false }
    }

    private func runStage(_ index: Int) async -> StageOutcome {
        let stage = definition.stages[index]
        let lane = acquireLane()
        defer { releaseLane(lane) }
        let logPath = Paths.join(options.logDirectory, stage.name + ".log")
        let started = time.monotonicNanoseconds()
        var consultedCache = false
        func finish(_ status: StageStatus, reason: String?, tail: [String] = [], log: String? = logPath) -> StageOutcome {
            var outcome = StageOutcome(stage: index, name: stage.name, status: status, started: started,
                                       finished: time.monotonicNanoseconds(), lane: lane, tail: tail, logPath: log, reason: reason)
            outcome.consultedCache = consultedCache
            outcome = redactor.redact(outcome)
            reporter.stageFinished(outcome)
            return outcome
        }
        func failBeforeRunning(_ reason: String) -> StageOutcome {
            reporter.stageStarted(stage.name, command: nil, reason: nil)
            return finish(.failed(reason: reason), reason: nil, log: nil)
        }
        let kind = StageRunners.runner(for: stage)
        /// `recordedOutputs` only for running it: a lookup never removes anything.
        func context(_ output: StageOutput, recordedOutputs: [String] = []) -> StageContext {
            StageContext(stage: stage, root: options.root, environment: options.environment, runner: runner, fileSystem: fileSystem,
                         output: output, redactor: redactor, upstreamFacts: { [self] in self.upstreamFacts(of: index) }, docker: docker,
                         secrets: definition.setSecrets, variables: definition.variables, forced: options.cachePolicy.forced.contains(stage.name),
                         pipelineName: definition.name, time: time,
                         isInterrupted: { [weak self] in self?.interruptedBy != nil }, http: http,
                         outputGuard: outputGuard, recordedOutputs: recordedOutputs, random: random)
        }

        // The one decision `plan` shows too; the run carries it out.
        let lookup = context(StageOutput(name: stage.name, log: nil, reporter: reporter, redactor: redactor))
        let decider = StageDecider(cache: cache, policy: options.cachePolicy)
        let (decision, warning) = await decider.decide(stage, kind: kind, context: lookup, upstream: upstreamDigests(of: index))
        if let warning { reporter.notice(warning) }
        consultedCache = cache != nil && kind.isCacheable(stage)
        var stageKey: StageKey?
        var reason: String?
        switch decision {
        case .fail(let problem):
            return failBeforeRunning(problem)
        case .run(let why, let key):
            reason = cache == nil ? nil : why
            stageKey = key
        case .cached(let record, let key, let repair, let remote):
            stageKey = key
            if let repair, let problem = await carryOut(repair) {
                reason = "its cached result could not be repaired (\(problem))"
            } else if let problem = cache?.restore(record, guard: outputGuard) {
                reason = "its cached outputs could not be restored"
                reporter.notice("'\(stage.name)' was cached, but \(problem); running it again")
            } else {
                if let problem = cache?.restoreLog(record, logPath: logPath) {
                    reporter.notice("'\(stage.name)' is cached, but its log could not be restored (\(problem)); its output is not shown")
                }
                outputDigests.withLock { $0[index] = record.outputDigest }
                stageFacts.withLock { $0[index] = record.facts }
                return finish(.cached, reason: (remote ? "remote hit: " : "") + "inputs unchanged since \(record.key.short)…" + (repair.map { "; \($0.description)" } ?? ""))
            }
        }

        let log = try? fileSystem.openForWriting(logPath)
        let output = StageOutput(name: stage.name, log: log, reporter: reporter, redactor: redactor)
        let command = kind.commandLine(for: stage).map(redactor.redact)
        if let command { output.note("$ " + command) }
        reporter.stageStarted(stage.name, command: command, reason: reason)
        let result = await kind.run(context(output, recordedOutputs: cache?.recordedOutputs(of: stage.name) ?? []))
        var status = result.status
        if case .failed = status, interruptedBy != nil { status = .interrupted }
        if case .failed(let why) = status { output.note("pipeline: stage '\(stage.name)' failed: \(why)") }
        if status == .interrupted { output.note("pipeline: stage '\(stage.name)' was interrupted") }
        let tail = output.finish()

        if status == .succeeded {
            stageFacts.withLock { $0[index] = result.facts }
            outputDigests.withLock { $0[index] = CacheRecord.outputDigest([], facts: result.facts) }
            let duration = Int((time.monotonicNanoseconds() - started) / 1_000_000)
            if let cache, let stageKey, let changed = cache.changedInput(stageKey) {
                // The result may be made from either version of the input: recording it under
                // the key of the version hashed before could return it for the wrong content.
                reporter.notice("'\(stage.name)': input '\(changed)' changed while the stage ran; its result is not recorded, so it runs again next time")
                // What it hands downstream is what it actually left, never a constant that a
                // later run could match.
                if let outputs = try? cache.outputs(of: stage, excluding: result.untouched, including: result.produced) {
                    outputDigests.withLock { $0[index] = CacheRecord.outputDigest(outputs, facts: result.facts) }
                }
            } else if let cache, let stageKey {
                do {
                    let record = try cache.record(stage, key: stageKey, result: result, durationMilliseconds: duration,
                                                  logPath: log == nil ? nil : logPath,
                                                  now: Int64(bitPattern: time.wallNanoseconds()))
                    outputDigests.withLock { $0[index] = record.outputDigest }
                } catch {
                    reporter.notice("could not record '\(stage.name)' in the cache (\(error)); it will run again next time")
                }
            }
        }
        return finish(status, reason: reason, tail: tail, log: log == nil ? nil : logPath)
    }

    /// Runs a planned repair of a cached result; nil when it worked, else what went wrong.
    private func carryOut(_ repair: RepairAction) async -> String? {
        if case .failure(let error) = await docker.tag(repair.source, repair.reference) { return error.description }
        return nil
    }

    /// Facts of every stage `index` needs, directly or not, nearest first.
    private func upstreamFacts(of index: Int) -> [(name: String, facts: StageFacts)] {
        var result: [(name: String, facts: StageFacts)] = []
        var seen: Set<Int> = []
        var queue = definition.graph.dependencies[index]
        var position = 0
        while position < queue.count {
            let next = queue[position]
            position += 1
            guard seen.insert(next).inserted else { continue }
            if let found = stageFacts.withLock({ $0[next] }) { result.append((definition.stages[next].name, found)) }
            queue.append(contentsOf: definition.graph.dependencies[next])
        }
        return result
    }

    /// The output digests of the stages `index` needs, by name. A stage that recorded nothing
    /// counts as producing nothing, so what depends on it is keyed by its own inputs.
    private func upstreamDigests(of index: Int) -> [String: Digest] {
        let dependencies = definition.graph.dependencies[index]
        // Read under the lock, not copied out: another stage may be writing its own entry.
        let digests = outputDigests.withLock { digests in dependencies.map { digests[$0] } }
        var result: [String: Digest] = [:]
        for (dependency, digest) in zip(dependencies, digests) {
            result[definition.stages[dependency].name] = digest ?? CacheRecord.outputDigest([])
        }
        return result
    }
}
