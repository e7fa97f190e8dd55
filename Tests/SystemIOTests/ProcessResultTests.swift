import Basics
import Glibc
import SystemIO
import Testing

/// What a child reports back: exit status, merged output, environment, directory.
@Suite struct ProcessResultTests {
    @Test(arguments: [
        ("true", ProcessTermination.exited(0)),
        ("exit 3", .exited(3)),
        ("kill -9 $$", .signaled(9)),
        ("kill -TERM $$", .signaled(15)),
    ])
    func terminationIsReported(script: String, expected: ProcessTermination) async throws {
        let result = try await run(["sh", "-c", script])
        #expect(result.termination == expected)
    }

    @Test func stdoutAndStderrAreMergedInOrder() async throws {
        let result = try await run(["sh", "-c", "echo a; echo b >&2; echo c"])
        #expect(result.output == "a\nb\nc\n")
    }

    @Test func tenMebibytesArriveIntact() async throws {
        let size = 10 * 1024 * 1024
        let line = Array("abcdefghijklmnopqrstuvwxyz0123456789\n".utf8)
        let collector = OutputCollector()
        let spec = ProcessSpec(
            arguments: ["sh", "-c", "yes abcdefghijklmnopqrstuvwxyz0123456789 | head -c \(size)"],
            environment: ["PATH": testPath], workingDirectory: "/")
        let termination = try await SystemProcessRunner().run(spec) { collector.append($0) }
        let data = collector.data
        #expect(termination == .exited(0))
        #expect(data.count == size)
        let expected = (0..<size).lazy.map { line[$0 % line.count] }
        #expect(data.elementsEqual(expected))
    }

    @Test func environmentIsExactlyTheSpec() async throws {
        let environment = ["PATH": testPath, "GREETING": "hello world", "EMPTY": ""]
        let result = try await run(["env"], environment: environment)
        let lines = result.output.split(separator: "\n").map(String.init).sorted()
        #expect(lines == ["EMPTY=", "GREETING=hello world", "PATH=\(testPath)"])
    }

    @Test func workingDirectoryIsHonoured() async throws {
        try await withTemporaryDirectory { directory in
            let result = try await run(["/bin/pwd"], in: directory)
            #expect(result.output == (LocalFileSystem.realPath(directory) ?? directory) + "\n")
        }
    }

    @Test func relativeProgramIsFoundInTheWorkingDirectory() async throws {
        try await withTemporaryDirectory { directory in
            let script = directory + "/hello.sh"
            try LocalFileSystem().writeFileAtomically(script, Array("#!/bin/sh\necho hi \"$1\"\n".utf8))
            #expect(chmod(script, 0o755) == 0)
            let result = try await run(["./hello.sh", "there"], in: directory)
            #expect(result.termination == .exited(0))
            #expect(result.output == "hi there\n")
        }
    }

    @Test func childStartsWithDefaultSignalsEvenWhenWeIgnoreSIGPIPE() async throws {
        // The parent ignores SIGPIPE (SignalTrap does so for the tool); the child must not.
        signal(SIGPIPE, SIG_IGN)
        let result = try await run(["grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status"])
        #expect(result.output == "SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\n")
    }

    @Test func stdinIsEmptyAndNoOtherDescriptorsAreInherited() async throws {
        // ls itself opens one fd for the directory it lists (3); anything else leaked to it.
        let result = try await run(["sh", "-c", "wc -c; ls /proc/self/fd"])
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "0")
        #expect(lines.dropFirst().sorted() == ["0", "1", "2", "3"])
    }

    @Test func hundredConcurrentRunsAllComplete() async throws {
        let runner = SystemProcessRunner()
        let results = try await withThrowingTaskGroup(of: (Int, ProcessTermination, String).self) { group in
            for index in 0..<100 {
                group.addTask {
                    let result = try await run(["sh", "-c", "echo run-$0; exit $(($0 % 5))", "\(index)"], runner: runner)
                    return (index, result.termination, result.output)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 100)
        for (index, termination, output) in results {
            #expect(termination == .exited(Int32(index % 5)))
            #expect(output == "run-\(index)\n")
        }
    }
}
