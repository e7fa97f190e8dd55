import CSHA256

/// Incremental SHA-256 (FIPS 180-4): the CPU's SHA extensions when present, portable C otherwise.
/// A value type: a copy carries on independently from the same point.
public struct SHA256: Sendable {
    /// A compression function the C target provides.
    enum Implementation: Sendable, CaseIterable {
        case portable
        case shaNI

        /// Whether it can run on this machine.
        var isAvailable: Bool { csha256_implementation_available(code) != 0 }

        /// "portable" or "sha-ni".
        var name: String { String(cString: csha256_implementation_name(code)) }

        fileprivate var code: Int32 {
            switch self {
            case .portable: CSHA256_PORTABLE
            case .shaNI: CSHA256_SHA_NI
            }
        }
    }

    private var context = csha256_context()

    /// Starts an empty hash with the fastest implementation this machine has, unless the
    /// environment variable `PIPELINE_SHA256=portable` asks for the portable one.
    public init() {
        csha256_init(&context)
    }

    /// Starts an empty hash with `implementation`, falling back to portable when unavailable;
    /// lets tests check both paths in one process.
    init(implementation: Implementation) {
        csha256_init_with(&context, implementation.code)
    }

    /// The implementation this hash runs on.
    var implementationInUse: Implementation {
        context.implementation == CSHA256_SHA_NI ? .shaNI : .portable
    }

    /// Feeds the bytes in `buffer`.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        csha256_update(&context, buffer.baseAddress, buffer.count)
    }

    /// Feeds `bytes`.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Feeds `bytes`.
    public mutating func update(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Feeds the UTF-8 encoding of `string`.
    public mutating func update(_ string: String) {
        var contiguous = string
        contiguous.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// The digest of everything fed so far. Leaves the hash as it was, so feeding may go on.
    public func finalize() -> Digest {
        withUnsafeTemporaryAllocation(byteCount: 32, alignment: 8) { output in
            var copy = context
            csha256_final(&copy, output.baseAddress?.assumingMemoryBound(to: UInt8.self))
            return Digest(copying: UnsafeRawBufferPointer(output))
        }
    }

    /// The digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of the UTF-8 encoding of `string`.
    public static func hash(_ string: String) -> Digest {
        var hasher = SHA256()
        hasher.update(string)
        return hasher.finalize()
    }

    /// Which implementation `init()` picks here: "sha-ni" or "portable".
    public static var implementation: String {
        String(cString: csha256_implementation_name(csha256_default_implementation()))
    }
}
