/// Keyed message authentication (RFC 2104). The cache keys secrets with it, so a stored key
/// never reveals a secret's plain hash.
public enum HMAC {
    /// HMAC-SHA256 of `message` under `key`; a key longer than the 64-byte block is hashed first.
    public static func sha256(key: [UInt8], message: [UInt8]) -> Digest {
        let blockSize = 64
        var block = key.count > blockSize ? SHA256.hash(key).bytes : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)

        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)

        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(inner.finalize().bytes)
        return outer.finalize()
    }
}
