import Basics
import Executor
import Pipeline
import SystemIO

/// What build, run and ci share: load, plan, check, run with live output, summarise, write the
/// trace and JUnit report, and choose the exit code.
struct RunSession {
    let global: GlobalOptions
    let names: [String]
    /// `pipeline ci`: output for the CI system the run is in (never the live terminal view),
    /// a JUnit report always, and the lint reports where the CI system looks for them.
    let ci: Bool

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
        try checkReportPaths(system)
        let lock = try ProjectLock.acquire(root: workspace.root, system: system)
        defer { lock.release() }
        let cache = try RunCache(root: workspace.root, fileSystem: system.fileSystem, time: system.time, secrets: definition.setSecrets,
                                 preloaded: await preloaded, remote: try RemoteCacheSetup.make(definition, global, system: system))

        let terminal = system.stdoutIsTerminal && !ci
        let style = Style.resolve(global.color, isTerminal: system.stdoutIsTerminal && !ci, environment: system.environment)
        let ciSystem = ci ? CISystem.detect(system.environment) : .other
        let live: TerminalReporter?
        let reporter: any RunReporter
        if ciSystem != .other {
            live = nil
            let time = system.time
            reporter = SectionedReporter(console: system.console, system: ciSystem, wallNanoseconds: { time.wallNanoseconds() })
        } else if terminal {
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
                                http: SocketHTTPClient(), dockerSocket: UnixSocketClient())
        try SignalTrap.install { signal in executor.interrupt(signal: signal) }
        let result = await executor.run()
        live?.stop()
        let counts = result.cacheCounts
        try? CacheMaintenance(root: workspace.root, fileSystem: system.fileSystem).recordRun(hits: counts.hits, misses: counts.misses)

        let summary = RunSummary(style: style)
        if !global.quiet { system.console.out("\n" + summary.table(result)) }
        let failures = summary.failures(result, root: workspace.root)
        if !failures.isEmpty { system.console.err("\n" + failures) }
        let code: Int32
        if let signal = result.interruptedBy {
            let stopped = result.outcomes.filter { $0.status == .interrupted }.map(\.name)
            system.console.err("pipeline: interrupted" + (stopped.isEmpty ? "" : "; stopped: " + stopped.joined(separator: ", ")) + "\n")
            code = 128 + signal
        } else {
            code = result.succeeded ? 0 : 1
        }
        var unwritten = writeReports(result, definition: definition, root: workspace.root, system: system)
        if ci {
            unwritten += CIReports(system: ciSystem, root: workspace.root, fileSystem: system.fileSystem)
                .write(result, definition: definition, console: system.console)
        }
        guard !unwritten.isEmpty else { return code }
        // A report that was asked for and is missing fails a green run, and says that the run
        // itself passed; a failed or interrupted run keeps its own exit code.
        let outcome = code == 0 ? "the run itself succeeded; exit code 2 because a requested report is missing" : "the run itself exited \(code)"
        system.console.err(unwritten.map { "error: \($0)\n" }.joined() + "pipeline: \(outcome)\n")
        return code == 0 ? 2 : code
    }

    /// `--trace` and `--junit` name files in folders that exist, checked before anything runs:
    /// a typo should not cost a whole build.
    private func checkReportPaths(_ system: SystemContext) throws {
        for (option, path) in [("--trace", global.trace), ("--junit", global.junit)] {
            guard let path else { continue }
            let absolute = Paths.join(system.currentDirectory, path)
            if system.fileSystem.kind(of: absolute + "/.") == .directory {
                throw UsageError("\(option) \(path): is a directory; name a file to write")
            }
            let folder = Paths.parent(absolute)
            // `folder/.` resolves a symlinked folder, which lstat alone would not.
            guard system.fileSystem.kind(of: folder + "/.") == .directory else {
                throw UsageError("\(option) \(path): folder \(folder) does not exist; create it or choose another path (nothing was run)")
            }
        }
    }

    /// Writes the requested reports; returns why each one that could not be written failed.
    private func writeReports(_ result: RunResult, definition: PipelineDefinition, root: String, system: SystemContext) -> [String] {
        var problems: [String] = []
        func write(_ text: String, to path: String) {
            let absolute = Paths.join(system.currentDirectory, path)
            do {
                try system.fileSystem.writeFileAtomically(absolute, Array(text.utf8))
            } catch {
                problems.append("cannot write \(path): \(error.reason)")
            }
        }
        if let trace = global.trace {
            write(JSONWriter.write(RunTrace.json(result, definition: definition)) + "\n", to: trace)
        }
        // A CI job always gets its JUnit report, in the state directory unless --junit names one.
        if let junit = global.junit ?? (ci ? Paths.join(root, CIReports.directory + "/junit.xml") : nil) {
            if global.junit == nil { try? system.fileSystem.createDirectory(Paths.join(root, CIReports.directory)) }
            write(JUnitReport.xml(result, definition: definition), to: junit)
        }
        return problems
    }
}
