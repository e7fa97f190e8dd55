import Basics
import Pipeline

/// A `CacheRecord` as Bazel's `ActionResult`: each output a file with its digest and mode, the
/// log as `stdout_digest`, and what the stage hands downstream (facts, duration) as one more
/// small output blob at `metadataPath`, a path no stage output can have (outputs never lie
/// under `.pipeline/`). Pure; the I/O is `RemoteStageCache`'s.
enum RemoteRecord {
    static let metadataPath = ".pipeline/stage-record.json"
    static let worker = "pipeline"
    /// The version of the metadata blob's shape.
    static let metadataFormat = 1

    /// The metadata blob's bytes: stage name, facts, duration, in canonical JSON.
    static func metadata(of record: CacheRecord) -> [UInt8] {
        let json = JSONWriter.write(.object([
            ("format", .int(metadataFormat)),
            ("stage", .string(record.stage)),
            ("facts", .object(record.facts.encoded.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("durationMs", .int(record.durationMilliseconds)),
        ]))
        return Array(json.utf8)
    }

    /// The ActionResult for `record`, whose metadata blob has `metadata`'s digest and size and
    /// whose log blob (when it has one) `logSize` bytes. Nil when the record has a log of unknown
    /// size: bazel-remote serves a record only while every blob it names is in its CAS with the
    /// size the record gives, so a guessed size would make the record invisible there.
    static func actionResult(_ record: CacheRecord, metadata: ActionResult.BlobDigest, logSize: Int64?) -> ActionResult? {
        var files = record.outputs.map { output in
            ActionResult.OutputFile(path: output.path, digest: ActionResult.BlobDigest(hash: output.digest, size: output.size),
                                    isExecutable: output.executable, unixMode: output.permissions)
        }
        files.append(ActionResult.OutputFile(path: metadataPath, digest: metadata, isExecutable: false, unixMode: 0o644))
        var log: ActionResult.BlobDigest?
        if let hash = record.log {
            guard let logSize else { return nil }
            log = ActionResult.BlobDigest(hash: hash, size: logSize)
        }
        return ActionResult(outputFiles: files, exitCode: 0, stdoutDigest: log, worker: worker,
                            startedNanoseconds: record.created - Int64(record.durationMilliseconds) * 1_000_000,
                            completedNanoseconds: record.created)
    }

    /// Why a remote record cannot be used.
    struct Unusable: Error, CustomStringConvertible {
        var description: String
    }

    /// The metadata blob's entry of an ActionResult.
    static func metadataDigest(of result: ActionResult) throws(Unusable) -> ActionResult.BlobDigest {
        guard result.exitCode == 0 else { throw Unusable(description: "it records a failed run (exit code \(result.exitCode))") }
        let entries = result.outputFiles.filter { $0.path == metadataPath }
        guard entries.count == 1, let entry = entries.first else { throw Unusable(description: "it was not written by pipeline") }
        return entry.digest
    }

    /// The record an ActionResult and its metadata blob describe, under `key`. Every path is
    /// checked to stay inside the project: a record from a shared server is not trusted to.
    static func record(_ result: ActionResult, metadata: [UInt8], key: Digest, stage: String) throws(Unusable) -> CacheRecord {
        guard let text = String(validating: metadata, as: UTF8.self), let root = try? JSONParser.parse(text),
              case .object(let members) = root.value else { throw Unusable(description: "its metadata is not JSON") }
        func member(_ name: String) -> JSONValue? { members.first { $0.key == name }?.value.value }
        guard case .number("\(metadataFormat)")? = member("format") else { throw Unusable(description: "unknown record format") }
        guard case .number(let durationText)? = member("durationMs"), let duration = Int(durationText), duration >= 0 else {
            throw Unusable(description: "its metadata has no duration")
        }
        var facts: [String: String] = [:]
        if case .object(let items)? = member("facts") {
            for item in items {
                guard case .string(let value) = item.value.value else { throw Unusable(description: "malformed facts") }
                facts[item.key] = value
            }
        }
        var outputs: [OutputEntry] = []
        var seen = Set<String>()
        for file in result.outputFiles where file.path != metadataPath {
            guard isSafeRelativePath(file.path), seen.insert(file.path).inserted else {
                throw Unusable(description: "it names the output path '\(file.path)'")
            }
            let permissions = file.unixMode ?? FileStatus.permissions(executable: file.isExecutable)
            outputs.append(OutputEntry(path: file.path, digest: file.digest.hash, size: file.digest.size, permissions: permissions & 0o777))
        }
        return CacheRecord(key: key, stage: stage, outputs: outputs, facts: StageFacts(encoded: facts), durationMilliseconds: duration,
                           log: result.stdoutDigest?.hash, created: result.completedNanoseconds ?? 0)
    }

    /// Relative, normalized, not into `.pipeline/` or `.git/`.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.utf8.contains(0) else { return false }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        return segments.first != ".pipeline" && segments.first != ".git"
    }
}
