/// The few messages of Bazel's remote-execution API a stage record needs, so any server of
/// Bazel's HTTP cache (nginx with WebDAV, bazel-remote, the hosted caches) stores it and
/// bazel-remote's action-cache validation accepts it. Field numbers are the API's.
public struct ActionResult: Sendable, Hashable {
    /// `Digest`: a SHA-256 in lower-case hex and the size of the blob.
    public struct BlobDigest: Sendable, Hashable {
        public var hash: Digest
        public var size: Int64

        public init(hash: Digest, size: Int64) {
            self.hash = hash
            self.size = size
        }
    }

    /// `OutputFile`: a path relative to the working directory, its blob and its mode.
    public struct OutputFile: Sendable, Hashable {
        public var path: String
        public var digest: BlobDigest
        public var isExecutable: Bool
        /// `node_properties.unix_mode`, when known.
        public var unixMode: UInt32?

        public init(path: String, digest: BlobDigest, isExecutable: Bool, unixMode: UInt32? = nil) {
            self.path = path
            self.digest = digest
            self.isExecutable = isExecutable
            self.unixMode = unixMode
        }
    }

    public var outputFiles: [OutputFile]
    public var exitCode: Int32
    public var stdoutDigest: BlobDigest?
    /// `execution_metadata.worker`.
    public var worker: String?
    /// `execution_metadata.worker_start_timestamp` and `worker_completed_timestamp`, in
    /// nanoseconds since the Unix epoch.
    public var startedNanoseconds: Int64?
    public var completedNanoseconds: Int64?

    public init(outputFiles: [OutputFile], exitCode: Int32 = 0, stdoutDigest: BlobDigest? = nil, worker: String? = nil,
                startedNanoseconds: Int64? = nil, completedNanoseconds: Int64? = nil) {
        self.outputFiles = outputFiles
        self.exitCode = exitCode
        self.stdoutDigest = stdoutDigest
        self.worker = worker
        self.startedNanoseconds = startedNanoseconds
        self.completedNanoseconds = completedNanoseconds
    }

    /// Every blob the result refers to: what must be in the CAS before it is.
    public var blobs: [BlobDigest] { outputFiles.map(\.digest) + (stdoutDigest.map { [$0] } ?? []) }

    // MARK: Encoding

    private static func encode(_ digest: BlobDigest) -> ProtobufWriter {
        var writer = ProtobufWriter()
        writer.string(1, digest.hash.hex)
        writer.integer(2, digest.size)
        return writer
    }

    private static func timestamp(_ nanoseconds: Int64) -> ProtobufWriter {
        var writer = ProtobufWriter()
        // Timestamp's nanos are never negative: floor division.
        let seconds = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds - 999_999_999) / 1_000_000_000
        writer.integer(1, seconds)
        writer.integer(2, nanoseconds - seconds * 1_000_000_000)
        return writer
    }

    /// The message's bytes.
    public func encoded() -> [UInt8] {
        var writer = ProtobufWriter()
        for file in outputFiles {
            var output = ProtobufWriter()
            output.string(1, file.path)
            output.message(2, Self.encode(file.digest))
            output.bool(4, file.isExecutable)
            if let mode = file.unixMode {
                var value = ProtobufWriter()
                value.integer(1, Int64(mode))
                var properties = ProtobufWriter()
                properties.message(3, value)
                output.message(7, properties)
            }
            writer.message(2, output)
        }
        writer.integer(4, Int64(exitCode))
        if let stdoutDigest { writer.message(6, Self.encode(stdoutDigest)) }
        if worker != nil || startedNanoseconds != nil || completedNanoseconds != nil {
            var metadata = ProtobufWriter()
            if let worker { metadata.string(1, worker) }
            if let startedNanoseconds { metadata.message(3, Self.timestamp(startedNanoseconds)) }
            if let completedNanoseconds { metadata.message(4, Self.timestamp(completedNanoseconds)) }
            writer.message(9, metadata)
        }
        return writer.bytes
    }

    // MARK: Decoding

    private static func decodeDigest(_ bytes: [UInt8]) throws(ProtobufError) -> BlobDigest {
        var hash: Digest?
        var size: Int64 = 0
        for (field, value) in try ProtobufReader.fields(bytes) {
            switch field {
            case 1:
                let text = try value.text()
                guard text.utf8.count == 64, let digest = Digest(hex: text) else { throw ProtobufError("digest hash '\(text.prefix(80))' is not SHA-256 hex") }
                hash = digest
            case 2: size = try value.integer()
            default: continue
            }
        }
        guard let hash else { throw ProtobufError("digest without a hash") }
        guard size >= 0 else { throw ProtobufError("negative blob size") }
        return BlobDigest(hash: hash, size: size)
    }

    private static func decodeTimestamp(_ bytes: [UInt8]) throws(ProtobufError) -> Int64 {
        var seconds: Int64 = 0
        var nanos: Int64 = 0
        for (field, value) in try ProtobufReader.fields(bytes) {
            if field == 1 { seconds = try value.integer() }
            if field == 2 { nanos = Int64(Int32(truncatingIfNeeded: try value.integer())) }
        }
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow, nanos >= 0, nanos < 1_000_000_000 else { throw ProtobufError("timestamp out of range") }
        return scaled + nanos
    }

    private static func decodeOutputFile(_ bytes: [UInt8]) throws(ProtobufError) -> OutputFile {
        var path: String?
        var digest: BlobDigest?
        var executable = false
        var mode: UInt32?
        for (field, value) in try ProtobufReader.fields(bytes) {
            switch field {
            case 1: path = try value.text()
            case 2: digest = try decodeDigest(value.payload())
            case 4: executable = try value.integer() != 0
            case 5: throw ProtobufError("inline output contents are not supported")
            case 7:
                for (property, propertyValue) in try ProtobufReader.fields(value.payload()) where property == 3 {
                    for (inner, modeValue) in try ProtobufReader.fields(propertyValue.payload()) where inner == 1 {
                        let raw = try modeValue.integer()
                        guard raw >= 0, raw <= 0o7777 else { throw ProtobufError("unix mode \(raw) out of range") }
                        mode = UInt32(raw)
                    }
                    if mode == nil { mode = 0 }
                }
            default: continue
            }
        }
        guard let path, !path.isEmpty else { throw ProtobufError("output file without a path") }
        guard let digest else { throw ProtobufError("output file '\(path)' without a digest") }
        return OutputFile(path: path, digest: digest, isExecutable: executable, unixMode: mode)
    }

    /// Reads an `ActionResult`. Output directories and symlinks, which a stage record never
    /// holds, make it unusable rather than silently partial.
    public static func decode(_ bytes: [UInt8]) throws(ProtobufError) -> ActionResult {
        var result = ActionResult(outputFiles: [])
        for (field, value) in try ProtobufReader.fields(bytes) {
            switch field {
            case 2: result.outputFiles.append(try decodeOutputFile(value.payload()))
            case 3, 10, 11, 12: throw ProtobufError("output directories and symlinks are not supported")
            case 4: result.exitCode = Int32(truncatingIfNeeded: try value.integer())
            case 6: result.stdoutDigest = try decodeDigest(value.payload())
            case 9:
                for (inner, metadata) in try ProtobufReader.fields(value.payload()) {
                    switch inner {
                    case 1: result.worker = try metadata.text()
                    case 3: result.startedNanoseconds = try decodeTimestamp(metadata.payload())
                    case 4: result.completedNanoseconds = try decodeTimestamp(metadata.payload())
                    default: continue
                    }
                }
            default: continue
            }
        }
        return result
    }
}
