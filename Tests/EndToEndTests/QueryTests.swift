import Foundation
import Testing

/// `plan` and `explain` are queries: they create nothing, so they work where nothing can be
/// created (a read-only checkout, a CI cache mount, a `.pipeline` that is not a directory).
@Suite struct QueryTests {
    static let pipeline = #"{"version": 1, "default": "s", "secrets": ["TOK"], "stages": {"s": {"kind": "exec", "inputs": ["a.txt"], "outputs": ["o.txt"], "sh": "cp a.txt o.txt"}}}"#
    static let environment = ["TOK": "long-token"]

    func project() throws -> Project {
        let project = try Project(Self.pipeline)
        try project.write("a.txt", "a\n")
        return project
    }

    @Test func queriesCreateNothing() throws {
        let project = try project()
        let plan = try project.run("plan", environment: Self.environment)
        #expect(plan.code == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("s  exec  run     never ran"))
        #expect(try project.run("explain", "s", environment: Self.environment).code == 0)
        #expect(!project.exists(".pipeline"))
        // Once a build made the cache, plan reads it.
        #expect(try project.run("build", environment: Self.environment).code == 0)
        #expect(try project.run("plan", environment: Self.environment).stdout.contains("s  exec  cached"))
    }

    @Test func queriesWorkWhenTheStateDirectoryCannotBeCreated() throws {
        let project = try project()
        try project.write(".pipeline", "a file where the directory would go\n")
        let plan = try project.run("plan", environment: Self.environment)
        #expect(plan.code == 0, "\(plan.stderr)")
        #expect(plan.stderr.isEmpty)
        let explain = try project.run("explain", "s", environment: Self.environment)
        #expect(explain.code == 0, "\(explain.stderr)")
        #expect(explain.stdout.hasPrefix("stage s (exec): would run — never ran\n"))
    }

    /// A read-only file system: chmod for an ordinary user; for root, who ignores modes, a
    /// read-only bind mount in a private mount namespace (root in a container without
    /// CAP_SYS_ADMIN cannot make one, and this test then fails at the mount, saying so).
    @Test func queriesWorkInAReadOnlyCheckout() throws {
        let project = try project()
        let binary = PipelineBinary.path
        let script = """
        set -e
        if [ "$(id -u)" = 0 ]; then mount --bind "$1" "$1"; mount -o remount,bind,ro "$1"; else chmod -R a-w "$1"; fi
        cd "$1"
        if touch probe 2>/dev/null; then echo "still writable"; exit 99; fi
        "$2" plan
        "$2" explain s
        """
        let shell = Process()
        let asRoot = getuid() == 0
        shell.executableURL = URL(fileURLWithPath: asRoot ? "/usr/bin/unshare" : "/bin/sh")
        shell.arguments = (asRoot ? ["-m", "/bin/sh"] : []) + ["-c", script, "sh", project.path, binary]
        shell.environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "TOK": "long-token"]
        let out = Pipe(), err = Pipe()
        shell.standardOutput = out
        shell.standardError = err
        try shell.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        if !asRoot { _ = try? Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "u+w", project.path]).waitUntilExit() }
        #expect(shell.terminationStatus == 0, "\(stderr)")
        #expect(stdout.contains("plan for s:\n  s  exec  run     never ran\n"), "\(stdout)")
        #expect(stdout.contains("stage s (exec): would run — never ran\n"))
        #expect(!project.exists(".pipeline"))
    }
}
