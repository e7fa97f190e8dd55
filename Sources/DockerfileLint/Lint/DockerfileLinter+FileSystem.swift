import Basics

extension DockerfileLinter {
    /// Reads the Dockerfile at `path` through `fileSystem` and lints it; findings name `path`.
    /// Invalid UTF-8 is replaced rather than rejected, so a stray byte still gets a position.
    public static func lint(path: String, fileSystem: some FileSystem,
                            config: DockerfileLintConfig = DockerfileLintConfig(),
                            scripts: [String: String] = [:]) throws(FileSystemError) -> [Finding] {
        let bytes = try fileSystem.readFile(path)
        return lint(source: String(decoding: bytes, as: UTF8.self), file: path, config: config, scripts: scripts)
    }
}
