/// The protocol-buffers wire format, as far as the remote cache needs it: varints and
/// length-delimited fields (strings, bytes, nested messages). Written by hand so the tool
/// needs no package for the few messages it exchanges.
public struct ProtobufWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    private mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private mutating func tag(_ field: Int, _ wireType: UInt64) { varint(UInt64(field) << 3 | wireType) }

    /// A varint field (int32, int64, uint32, bool). Zero is the default and, as proto3 does,
    /// not written.
    public mutating func integer(_ field: Int, _ value: Int64) {
        guard value != 0 else { return }
        tag(field, 0)
        varint(UInt64(bitPattern: value))
    }

    public mutating func bool(_ field: Int, _ value: Bool) { integer(field, value ? 1 : 0) }

    /// A length-delimited field; empty strings are the default and not written.
    public mutating func bytes(_ field: Int, _ value: [UInt8]) {
        guard !value.isEmpty else { return }
        tag(field, 2)
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    public mutating func string(_ field: Int, _ value: String) { bytes(field, Array(value.utf8)) }

    /// A nested message, written even when empty (its presence may mean something).
    public mutating func message(_ field: Int, _ value: ProtobufWriter) {
        tag(field, 2)
        varint(UInt64(value.bytes.count))
        bytes.append(contentsOf: value.bytes)
    }
}

/// Why protobuf bytes could not be read.
public struct ProtobufError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Reads the fields of one message in order. Fields of unknown numbers are skipped, as
/// protobuf readers must, so a record written by a newer writer still reads.
public struct ProtobufReader: Sendable {
    /// One field: its number and its value.
    public enum Value: Sendable, Hashable {
        case varint(UInt64)
        case bytes([UInt8])
        /// A fixed 32- or 64-bit value, kept as its raw bits.
        case fixed(UInt64)
    }

    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func varint() throws(ProtobufError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count else { throw ProtobufError("truncated varint") }
            let byte = bytes[position]
            position += 1
            guard shift < 64 else { throw ProtobufError("varint longer than 10 bytes") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    private mutating func fixed(_ width: Int) throws(ProtobufError) -> UInt64 {
        guard bytes.count - position >= width else { throw ProtobufError("truncated fixed-width field") }
        var result: UInt64 = 0
        for i in 0..<width { result |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += width
        return result
    }

    /// The next field, or nil at the end of the message.
    public mutating func next() throws(ProtobufError) -> (field: Int, value: Value)? {
        guard position < bytes.count else { return nil }
        let key = try varint()
        let field = Int(truncatingIfNeeded: key >> 3)
        guard field > 0, key >> 3 <= 0x1FFF_FFFF else { throw ProtobufError("invalid field number") }
        switch key & 7 {
        case 0: return (field, .varint(try varint()))
        case 1: return (field, .fixed(try fixed(8)))
        case 5: return (field, .fixed(try fixed(4)))
        case 2:
            let length = try varint()
            guard length <= UInt64(bytes.count - position) else { throw ProtobufError("length-delimited field runs past the end") }
            let start = position
            position += Int(length)
            return (field, .bytes(Array(bytes[start..<position])))
        default:
            throw ProtobufError("unsupported wire type \(key & 7)")
        }
    }

    /// Every field of `bytes`, in order.
    public static func fields(_ bytes: [UInt8]) throws(ProtobufError) -> [(field: Int, value: Value)] {
        var reader = ProtobufReader(bytes)
        var result: [(field: Int, value: Value)] = []
        while let field = try reader.next() { result.append(field) }
        return result
    }
}

extension ProtobufReader.Value {
    /// The payload of a length-delimited field.
    public func payload() throws(ProtobufError) -> [UInt8] {
        guard case .bytes(let bytes) = self else { throw ProtobufError("expected a length-delimited field") }
        return bytes
    }

    public func text() throws(ProtobufError) -> String {
        let bytes = try payload()
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ProtobufError("string field is not UTF-8") }
        return text
    }

    public func integer() throws(ProtobufError) -> Int64 {
        guard case .varint(let value) = self else { throw ProtobufError("expected a varint field") }
        return Int64(bitPattern: value)
    }
}
