import Foundation
import Testing

/// The cache on a real disk, through the binary.
@Suite struct CacheTests {
    static let pipeline = """
    {"version": 1, "vars": {"SUFFIX": "!"}, "stages": {
      "gen": {"kind": "exec", "sh": "mkdir -p out && cat src/*.txt > out/all.txt && echo ${SUFFIX} >> out/all.txt", "inputs": ["src/**"], "outputs": ["out/all.txt"]},
      "count": {"kind": "exec", "sh": "wc -l < out/all.txt > out/count.txt", "inputs": ["out/all.txt"], "outputs": ["out/count.txt"], "needs": ["gen"]}
    }}
    """

    func project() throws -> Project {
        let project = try Project(Self.pipeline)
        try project.write("src/a.txt", "alpha\n")
        try project.write("src/b.txt", "beta\n")
        return project
    }

    @Test func secondRunIsCachedAndSaysSo() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        let second = try project.run("build")
        #expect(second.code == 0)
        #expect(second.stdout.contains("[gen] cached\n"))
        #expect(second.stdout.contains("gen    cached"))
        #expect(second.stdout.contains("2 cached in "))
        let plan = try project.run("plan", "--json")
        let json = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        let stages = json?["stages"] as? [[String: String]] ?? []
        #expect(stages.map { $0["action"] ?? "" } == ["cached", "cached"])
        #expect(stages.map { $0["reason"] ?? "" } == ["inputs unchanged", "inputs unchanged"])
        let stats = try project.run("cache", "stats")
        #expect(stats.stdout.contains("records 2\n"))
        #expect(stats.stdout.contains("last run: 2 cached, 0 ran, hit rate 100%\n"))
    }

    @Test func touchingFilesWithoutChangingThemRunsNothing() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        let future = Date().addingTimeInterval(120)
        for file in ["src/a.txt", "src/b.txt", "out/all.txt"] {
            try FileManager.default.setAttributes([.modificationDate: future], ofItemAtPath: project.path + "/" + file)
        }
        let result = try project.run("build")
        #expect(result.stdout.contains("2 cached in "), "\(result.stdout)")
    }

    @Test func anEditWithinTheSameSecondKeepingTheSizeIsSeen() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        try project.write("src/a.txt", "ALPHA\n")
        let result = try project.run("-v", "build")
        #expect(result.stdout.contains("[gen] runs: src/a.txt: content "), "\(result.stdout)")
        #expect(project.read("out/all.txt") == "ALPHA\nbeta\n!\n")
    }

    @Test func explainNamesTheExactDifferences() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        try project.write("src/b.txt", "BETA\n")
        let result = try project.run("--set", "SUFFIX=?", "explain", "gen")
        #expect(result.code == 0)
        #expect(result.stdout.hasPrefix("stage gen (exec): would run — var SUFFIX: !→?; config sh: "))
        #expect(result.stdout.contains("\n  input src/a.txt "))
        #expect(result.stdout.contains("\n  var SUFFIX = ?\n"))
        #expect(result.stdout.contains("changes since then:\n  var SUFFIX: !→?\n"))
        #expect(result.stdout.contains("\n  src/b.txt: content "))
        let never = try Project(Self.pipeline)
        #expect(try never.run("explain", "gen").stdout.contains("last recorded run: none (never ran)"))
        let typo = try project.run("explain", "gne")
        #expect(typo.code == 2)
        #expect(typo.stderr.hasPrefix("error: 'gne' is not a stage (did you mean 'gen'?)"))
    }

    @Test func deletedOutputsComeBackFromTheCache() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        try FileManager.default.removeItem(atPath: project.path + "/out")
        let result = try project.run("build")
        #expect(result.stdout.contains("2 cached in "))
        #expect(project.read("out/all.txt") == "alpha\nbeta\n!\n")
        #expect(project.read("out/count.txt")?.trimmingCharacters(in: .whitespacesAndNewlines) == "3")
    }

    /// Files under `.pipeline/cache/<kind>/`.
    func storeFiles(_ project: Project, _ kind: String) -> [String] {
        let base = project.path + "/.pipeline/cache/" + kind
        return (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? [])
            .map { base + "/" + $0 }.filter { !FileManager.default.fileExists(atPath: $0 + "/.") }
    }

    @Test func corruptedRecordsAndBlobsOnDiskAreMissesWithAWarning() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        try FileManager.default.removeItem(atPath: project.path + "/.pipeline/cache/stages")
        for record in storeFiles(project, "records") {
            var data = try Data(contentsOf: URL(fileURLWithPath: record))
            data[data.count / 3] ^= 0x20
            try data.write(to: URL(fileURLWithPath: record))
        }
        let afterRecords = try project.run("build")
        #expect(afterRecords.code == 0)
        #expect(afterRecords.stderr.contains("pipeline: ignoring a damaged cache record of 'gen'"), "\(afterRecords.stderr)")
        #expect(afterRecords.stdout.contains("2 ran in "))

        for blob in storeFiles(project, "blobs") { try "garbage".write(toFile: blob, atomically: false, encoding: .utf8) }
        try FileManager.default.removeItem(atPath: project.path + "/out/all.txt")
        let afterBlobs = try project.run("build")
        #expect(afterBlobs.code == 0)
        #expect(afterBlobs.stderr.contains("'gen' was cached, but blob "), "\(afterBlobs.stderr)")
        #expect(afterBlobs.stderr.contains(" is corrupt; running it again"))
        #expect(project.read("out/all.txt") == "alpha\nbeta\n!\n")
    }

    /// The outputs of a hit are sound, but its log is gone: say so instead of leaving no log
    /// (or another run's log) without a word.
    @Test func aHitWhoseLogBlobIsDamagedSaysSo() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        let logs = ["gen", "count"].compactMap { project.read(".pipeline/logs/\($0).log") }
        let logBlobs = storeFiles(project, "blobs").filter { path in logs.contains { (try? String(contentsOfFile: path, encoding: .utf8)) == $0 } }
        #expect(logBlobs.count == 2)
        for blob in logBlobs { try "garbage".write(toFile: blob, atomically: false, encoding: .utf8) }
        try project.write(".pipeline/logs/gen.log", "a log of some other run\n")
        try FileManager.default.removeItem(atPath: project.path + "/.pipeline/logs/count.log")
        let again = try project.run("build")
        #expect(again.code == 0)
        #expect(again.stdout.contains("2 cached in "))
        #expect(again.stderr.contains("pipeline: 'gen' is cached, but its log could not be restored (blob "), "\(again.stderr)")
        #expect(again.stderr.contains(" is corrupt); its output is not shown\n"))
        #expect(again.stderr.contains("pipeline: 'count' is cached, but its log could not be restored"))
        #expect(!project.exists(".pipeline/logs/gen.log"), "another run's log does not stand in for this one")
    }

    @Test func pruneAndClear() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        try project.write("src/a.txt", "changed\n")
        #expect(try project.run("build").code == 0)
        #expect(try project.run("cache", "stats").stdout.contains("records 4\n"))
        let pruned = try project.run("cache", "prune", "--max-size", "1")
        #expect(pruned.code == 0)
        #expect(pruned.stdout.hasPrefix("removed 4 records and "))
        #expect(try project.run("cache", "stats").stdout.contains("records 0\nblobs   0\n"))
        #expect(try project.run("cache", "prune", "--older-than", "1d").stdout.hasPrefix("removed 0 records"))
        // The same duration grammar as pipeline.json's timeouts.
        #expect(try project.run("cache", "prune", "--older-than", "1h30m").stdout.hasPrefix("removed 0 records"))
        #expect(try project.run("cache", "clear").stdout == "cache cleared\n")
        #expect(!project.exists(".pipeline/cache"))
        let bad = try project.run("cache", "prune", "--max-size", "lots")
        #expect(bad.code == 2)
        #expect(bad.stderr.hasPrefix("error: --max-size expects a size such as 500M or 2G (units k, M, G, T, powers of 1024), got 'lots'"))
        #expect(try project.run("cache", "prune").code == 2)
        #expect(try project.run("cache", "purge").stderr.contains("unknown cache action 'purge'"))
    }

    @Test func pruneKeepsRecentlyUsedEntries() throws {
        let project = try project()
        #expect(try project.run("build").code == 0)
        let pruned = try project.run("cache", "prune", "--older-than", "1h")
        #expect(pruned.stdout.hasPrefix("removed 0 records and 0 blobs"))
        #expect(try project.run("build").stdout.contains("2 cached in "))
    }

    @Test func aSecondRunWaitsForTheFirstAndSaysSo() throws {
        let project = try Project(#"{"version": 1, "stages": {"slow": {"kind": "exec", "sh": "touch started; sleep 1", "outputs": ["started"]}}}"#)
        let (first, out1, err1) = try PipelineBinary.start(["--no-cache", "build"], in: project.path)
        for _ in 0..<500 where !project.exists("started") { usleep(10_000) }
        let second = try project.run("--no-cache", "build")
        let firstResult = PipelineBinary.finish(first, out1, err1)
        #expect(firstResult.code == 0)
        #expect(second.code == 0)
        #expect(second.stderr.contains("another pipeline run, or stage processes a killed run left behind, is using this project (.pipeline/lock); waiting for it to finish"))
    }

    /// kill -9 at random moments, then a normal run must produce correct outputs and never
    /// take a half-written record for a hit.
    @Test func killedRunsNeverLeaveAFalseHit() throws {
        var stages: [String] = []
        for i in 0..<6 {
            let needs = i == 0 ? "" : #", "needs": ["s\#(i - 1)"]"#
            stages.append(#""s\#(i)": {"kind": "exec", "sh": "mkdir -p out && sleep 0.0\#(i) && (cat src/in.txt; echo \#(i)) > out/s\#(i).txt", "inputs": ["src/**"], "outputs": ["out/s\#(i).txt"]\#(needs)}"#)
        }
        let project = try Project(#"{"version": 1, "stages": {"# + stages.joined(separator: ", ") + "}}")
        var generator = SystemRandomNumberGenerator()
        for iteration in 0..<50 {
            try project.write("src/in.txt", "round \(iteration % 7)\n")
            let (process, out, err) = try PipelineBinary.start(["-j2", "build"], in: project.path)
            usleep(UInt32.random(in: 0...250_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            _ = PipelineBinary.finish(process, out, err)
            let result = try project.run("-j2", "build")
            #expect(result.code == 0, "iteration \(iteration): \(result.stderr)")
            #expect(!result.stderr.contains("damaged"), "iteration \(iteration): \(result.stderr)")
            for i in 0..<6 {
                #expect(project.read("out/s\(i).txt") == "round \(iteration % 7)\n\(i)\n", "iteration \(iteration), stage s\(i)")
            }
        }
    }
}
