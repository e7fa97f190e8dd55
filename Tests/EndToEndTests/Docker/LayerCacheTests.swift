import Foundation
import Testing

/// docker-build's `inlineCache` and `cacheFrom`: layers travel through the registry, so an
/// engine that lost its images and build cache reuses them from the last pushed image.
@Suite(.serialized) struct LayerCacheTests {
    @Test(.enabled(if: DockerTestEngine.enabled, DockerTestEngine.skipReason))
    func aBuildWithCacheFromReusesThePushedLayersAfterTheEngineForgotThem() throws {
        try DockerTestEngine.requireEngine()
        // A step unique to this test: its cache can only come from the registry once pruned.
        let token = "layer-cache-\(UUID().uuidString.prefix(8).lowercased())"
        let image = DockerTestEngine.registry + "/" + DockerTestEngine.uniqueRepository("layers") + ":latest"
        defer { _ = try? DockerTestEngine.docker(["rmi", "-f", image]) }
        let dockerfile = """
        FROM scratch
        COPY bin/busybox /bin/busybox
        RUN ["/bin/busybox", "sh", "-c", "echo \(token) > /token"]
        """
        func stage(_ extra: String) -> String {
            #"{"version": 1, "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "\#(image)", "network": "none"\#(extra)}}}"#
        }
        let first = try Project(stage(#", "inlineCache": true"#))
        try first.busyboxContext("ctx", dockerfile: dockerfile)
        let built = try first.runWithDocker("build")
        #expect(built.code == 0, "\(built.stdout)\(built.stderr)")
        #expect(first.read(".pipeline/logs/image.log")?.contains("--build-arg BUILDKIT_INLINE_CACHE=1") == true)
        let pushed = try DockerTestEngine.docker(["push", image])
        #expect(pushed.code == 0, "\(pushed.output)")

        // Forget the image and this test's own build-cache records (the engine is shared:
        // only records of this build are pruned, found by the unique step).
        try DockerTestEngine.docker(["rmi", "-f", image])
        let records = try DockerTestEngine.docker(["system", "df", "-v", "--format", "{{json .BuildCache}}"]).output
        let entries = (try JSONSerialization.jsonObject(with: Data(records.utf8)) as? [[String: Any]]) ?? []
        let ours = entries.filter { ($0["Description"] as? String)?.contains(token) == true }.compactMap { $0["ID"] as? String }
        #expect(!ours.isEmpty, "the unique step left a build-cache record")
        for id in ours { try DockerTestEngine.docker(["builder", "prune", "-af", "--filter", "id=\(id)"]) }

        let second = try Project(stage(#", "cacheFrom": ["\#(image)"]"#))
        try second.busyboxContext("ctx", dockerfile: dockerfile)
        let rebuilt = try second.runWithDocker("build")
        #expect(rebuilt.code == 0, "\(rebuilt.stdout)\(rebuilt.stderr)")
        let log = second.read(".pipeline/logs/image.log") ?? ""
        #expect(log.contains("--cache-from \(image)"))
        #expect(log.contains("importing cache manifest from \(image)"), "\(log)")
        // BuildKit's plain progress: `#N [3/3] RUN …` then `#N CACHED`.
        let lines = log.split(separator: "\n").map(String.init)
        let step = try #require(lines.first { $0.contains("RUN [\"/bin/busybox\"") }?.split(separator: " ").first, "\(log)")
        #expect(lines.contains("\(step) CACHED"), "the RUN step came from the registry's cache:\n\(log)")
    }
}
