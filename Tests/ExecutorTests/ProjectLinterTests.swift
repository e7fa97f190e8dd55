import Basics
import Testing
import TestSupport
@testable import Executor

/// Lint on every core gives what one file after another gives: files in the order asked,
/// each file's findings in its checker's order.
@Suite struct ProjectLinterTests {
    static func project() -> (InMemoryFileSystem, [String]) {
        var files: [String: String] = [:]
        for n in 0..<40 {
            files["/p/svc\(n)/Dockerfile"] = "FROM debian\nRUN apt-get install curl\nRUN cd /tmp && echo $\(n)\n"
            files["/p/svc\(n)/run.sh"] = "#!/bin/sh\necho $1 `date`\ncd /x\n"
            files["/p/svc\(n)/tool"] = "#!/bin/bash\n[ $\(n) == 1 ] && echo `id`\n"
        }
        let fileSystem = InMemoryFileSystem(files: files)
        return (fileSystem, files.keys.map { String($0.dropFirst(3)) })
    }

    @Test func parallelFindingsEqualOneFileAfterAnother() async throws {
        let (fileSystem, files) = Self.project()
        let linter = try ProjectLinter(root: "/p", fileSystem: fileSystem)
        let ordered = linter.files(in: [])
        #expect(ordered == files.sorted())
        let all = try await linter.lint(ordered)
        var oneByOne: [Finding] = []
        for file in ordered { oneByOne += try await linter.lint([file]) }
        #expect(all.count > 200)
        #expect(all == oneByOne)
        #expect(Set(all.map(\.file)).count == 120, "every file has findings")
        let again = try await linter.lint(ordered)
        #expect(again == all)
        let reversed = try await linter.lint(ordered.reversed())
        #expect(reversed.map(\.file) == all.map(\.file).reversed().reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
            .flatMap { file in Array(repeating: file, count: all.filter { $0.file == file }.count) },
                "files come back in the order asked")
    }

    @Test func anUnreadableFileFailsTheWholeCall() async throws {
        let (fileSystem, _) = Self.project()
        let linter = try ProjectLinter(root: "/p", fileSystem: fileSystem)
        await #expect(throws: FileSystemError.self) { try await linter.lint(["svc1/Dockerfile", "svc1/missing.sh"]) }
    }
}
