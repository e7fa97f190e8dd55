import Basics
import Executor
import Pipeline
import SystemIO

/// What build, run and ci share: load, plan, check, run with live output, summarise, write the
/// trace and JUnit report, and choose the exit code.
struct RunSession {
    let global: GlobalOptions
    let names: [String]
    /// Plain prefixed output even on a terminal (`ci`).
    let plain: Bool

    func run(_ system: SystemContext) async throws -> Int32 {
        let (root, file) = try Workspace.locate(global, system: system)
        // The stat index (the cache's largest file) is read while pipeline.json is parsed.
        async let preloaded = RunCache.preloadIndex(root: root, fileSystem: system.fileSystem)
        let workspace = try await Workspace.load(root: root, file: file, global, system: system)
        let definition = workspace.definition
        for stage in global.force where definition.graph.indexByName[stage] == nil {
            throw UsageError("--force \(stage): no such stage\(Suggestion.hint(for: stage, in: definition.stages.map(\.name)))")
        }
        let plan = try Planner.plan(definition, names: names)
        try Executor.check(plan, of: definition)
        let lock = try ProjectLock.acquire(root: workspace.root, system: system)
        defer { lock.release() }
        let cache = try RunCache(root: workspace.root, fileSystem: system.fileSystem, time: system.time, secrets: definition.setSecrets,
                                 preloaded: await preloaded)

        let terminal = system.stdoutIsTerminal && !plain
        let style = Style.resolve(global.color, isTerminal: system.stdoutIsTerminal, environment: system.environment)
        let live: TerminalReporter?
        let reporter: any RunReporter
        if terminal {
            let time = system.time
            let reporterLive = TerminalReporter(console: system.console, style: style, verbose: global.verbose, quiet: global.quiet,
                                                width: { Terminal.width(fd: 1) ?? 80 }, now: { time.monotonicNanoseconds() })
            reporterLive.start()
            live = reporterLive
            reporter = reporterLive
        } else {
            live = nil
            reporter = PlainReporter(console: system.console, style: style, quiet: global.quiet, verbose: global.verbose)
        }

        let options = ExecutorOptions(jobs: global.jobs ?? system.processorCount, keepGoing: global.keepGoing,
                                      root: workspace.root, environment: system.environment,
                                      cachePolicy: CachePolicy(readCache: !global.noCache, forced: Set(global.force)),
                                      definitionFile: file)
        let executor = Executor(definition: definition, plan: plan, options: options, runner: system.runner,
                                fileSystem: system.fileSystem, time: system.time, reporter: reporter, cache: cache,
                                http: SocketHTTPClient())
        try SignalTrap.install { signal in executor.interrupt(signal: signal) }
        let result = await executor.run()
        live?.stop()
        let counts = result.cacheCounts
        try? CacheMaintenance(root: workspace.root, fileSystem: system.fileSystem).recordRun(hits: counts.hits, misses: counts.misses)

        let summary = RunSummary(style: style)
        if !global.quiet { system.console.out("\n" + summary.table(result)) }
        let failures = summary.failures(result, root: workspace.root)
        if !failures.isEmpty { system.console.err("\n" + failures) }
        if let signal = result.interruptedBy {
            let stopped = result.outcomes.filter { $0.status == .interrupted }.map(\.name)
            system.console.err("pipeline: interrupted" + (stopped.isEmpty ? "" : "; stopped: " + stopped.joined(separator: ", ")) + "\n")
            try writeReports(result, definition: definition, root: workspace.root, system: system)
            return 128 + signal
        }
        try writeReports(result, definition: definition, root: workspace.root, system: system)
        return result.succeeded ? 0 : 1
    }

    private func writeReports(_ result: RunResult, definition: PipelineDefinition, root: String, system: SystemContext) throws {
        func write(_ text: String, to path: String) throws {
            let absolute = Paths.join(system.currentDirectory, path)
            do {
                try system.fileSystem.writeFileAtomically(absolute, Array(text.utf8))
            } catch {
                throw WorkspaceError(description: "cannot write \(path): \(error.reason)")
            }
        }
        if let trace = global.trace {
            try write(JSONWriter.write(RunTrace.json(result, definition: definition)) + "\n", to: trace)
        }
        if let junit = global.junit {
            try write(JUnitReport.xml(result, definition: definition), to: junit)
        }
    }
}
