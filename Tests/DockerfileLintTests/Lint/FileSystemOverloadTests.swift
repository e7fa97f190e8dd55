import Basics
import Testing
import TestSupport
@testable import DockerfileLint

/// The thin overload that reads the file through the `FileSystem` protocol.
@Suite struct FileSystemOverloadTests {
    @Test func readsAndLints() throws {
        let fileSystem = InMemoryFileSystem(files: ["/project/docker/Dockerfile": "FROM debian\n"])
        let findings = try DockerfileLinter.lint(path: "/project/docker/Dockerfile", fileSystem: fileSystem)
        #expect(findings.map(\.code) == ["DL3006"])
        #expect(findings.first?.file == "/project/docker/Dockerfile")
    }

    @Test func missingFileThrows() {
        #expect(throws: FileSystemError.self) {
            try DockerfileLinter.lint(path: "/nope", fileSystem: InMemoryFileSystem())
        }
    }
}
