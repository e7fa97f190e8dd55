import Basics
import Glibc
import SystemIO
import Testing

/// Children that cannot start say why, in words a user can act on.
@Suite struct ProcessLaunchErrorTests {
    private func launchError(
        _ arguments: [String], in directory: String = "/", environment: [String: String] = ["PATH": testPath]
    ) async -> ProcessLaunchError? {
        do {
            _ = try await run(arguments, in: directory, environment: environment)
            return nil
        } catch let error as ProcessLaunchError {
            return error
        } catch {
            return nil
        }
    }

    @Test func missingExecutableNamesTheSearchPath() async {
        let error = await launchError(["no-such-program-xyz"])
        #expect(error?.reason == "not found in PATH (/usr/bin:/bin)")
        #expect(error?.description == "cannot start 'no-such-program-xyz': not found in PATH (/usr/bin:/bin)")
    }

    @Test func defaultSearchPathWhenTheEnvironmentHasNone() async throws {
        let error = await launchError(["no-such-program-xyz"], environment: [:])
        #expect(error?.reason == "not found in PATH (/usr/local/bin:/usr/bin:/bin)")
        let result = try await run(["true"], environment: [:])
        #expect(result.termination == .exited(0))
    }

    @Test func missingWorkingDirectory() async {
        let error = await launchError(["true"], in: "/no/such/directory")
        #expect(error?.reason == "working directory /no/such/directory does not exist")
    }

    @Test func workingDirectoryThatIsAFile() async {
        let error = await launchError(["true"], in: "/etc/passwd")
        #expect(error?.reason == "working directory /etc/passwd is not a directory")
    }

    @Test func fileWithoutExecuteBit() async throws {
        try await withTemporaryDirectory { directory in
            try LocalFileSystem().writeFileAtomically(directory + "/script", Array("#!/bin/sh\n".utf8))
            let error = await launchError([directory + "/script"])
            #expect(error?.reason == "permission denied (not executable)")
            let searched = await launchError(["script"], environment: ["PATH": directory])
            #expect(searched?.reason == "permission denied (not executable): \(directory)/script")
        }
    }

    @Test func missingExplicitPath() async {
        let error = await launchError(["/no/such/program"])
        #expect(error?.reason == "/no/such/program: No such file or directory")
    }

    @Test func emptyArgumentList() async {
        let error = await launchError([])
        #expect(error?.reason == "empty argument list")
    }
}
