import Basics
import Synchronization

/// The stat index as it lies on disk, looked up where it lies: an open-addressing hash table of
/// fixed-size records over one byte buffer. Opening it parses nothing, so a no-op run pays for
/// the lookups it makes, not for turning 10,000 lines into a dictionary first.
///
/// Layout (integers little-endian):
///
///     "pipeline-stat-index 2\n" and 2 zero bytes            24 bytes
///     file count, file slots, directory count, directory slots   4 × u32
///     file slots      u32 each: record number + 1, 0 when empty (linear probing)
///     directory slots u32 each, likewise
///     file records    88 bytes each: digest (32), size, mtime, ctime, inode, device (i64 each),
///                     path offset, path length, flags (1 executable, 2 racy), path hash (u32 each)
///     directory records 56 bytes each: mtime, ctime, inode, device, path offset, path length,
///                     entries offset, entries length, flags (2 racy), path hash
///     strings         paths; a listing's entries as kind letter, name, NUL
///
/// Anything out of bounds reads as absent: the index is only a cache.
struct StatTable: Sendable {
    static let magic = Array("pipeline-stat-index 2\n\0\0".utf8)
    static let headerSize = 24 + 16
    static let fileRecordSize = 88
    static let directoryRecordSize = 56

    let bytes: [UInt8]
    let fileCount: Int
    let directoryCount: Int
    private let fileSlots: Int
    private let directorySlots: Int
    private let fileRecords: Int
    private let directoryRecords: Int
    private let strings: Int

    static let empty = StatTable(bytes: [])!

    /// Nil when `bytes` is not a table of this format; an empty buffer is the empty table.
    init?(bytes: [UInt8]) {
        guard !bytes.isEmpty else {
            self.bytes = []
            fileCount = 0; directoryCount = 0; fileSlots = 0; directorySlots = 0
            fileRecords = 0; directoryRecords = 0; strings = 0
            return
        }
        guard bytes.count >= Self.headerSize, bytes.starts(with: Self.magic) else { return nil }
        func u32(_ offset: Int) -> Int { Int(bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }) }
        let (files, fileSlots, directories, directorySlots) = (u32(24), u32(28), u32(32), u32(36))
        // Slot counts are powers of two above their record counts, so probing always ends.
        guard fileSlots.nonzeroBitCount == 1, directorySlots.nonzeroBitCount == 1, files < fileSlots, directories < directorySlots
        else { return nil }
        let fileRecords = Self.headerSize + 4 * (fileSlots + directorySlots)
        let directoryRecords = fileRecords + files * Self.fileRecordSize
        let strings = directoryRecords + directories * Self.directoryRecordSize
        guard strings <= bytes.count else { return nil }
        self.bytes = bytes
        fileCount = files
        directoryCount = directories
        self.fileSlots = fileSlots
        self.directorySlots = directorySlots
        self.fileRecords = fileRecords
        self.directoryRecords = directoryRecords
        self.strings = strings
    }

    /// FNV-1a over the path's bytes, the table's hash.
    static func hash(_ path: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The number of the file record for `path`, if there is one. Records lie in path order,
    /// so a caller going through a directory's files in order passes the record it found last:
    /// the next one is tried first, already in the cache, before the hash table.
    func fileRecord(_ path: String, after previous: Int? = nil) -> Int? {
        if let previous, previous + 1 < fileCount {
            var path = path
            let next = previous + 1
            let found = path.withUTF8 { key in
                bytes.withUnsafeBytes { raw in
                    string(raw, fileRecords + next * Self.fileRecordSize + 72)?.elementsEqual(UnsafeRawBufferPointer(key)) ?? false
                }
            }
            if found { return next }
        }
        return fileRecordByHash(path)
    }

    private func fileRecordByHash(_ path: String) -> Int? {
        find(path, slots: Self.headerSize, slotCount: fileSlots, records: fileRecords, recordSize: Self.fileRecordSize,
             pathField: 72, hashField: 84, count: fileCount)
    }

    /// The number of the directory record for `path`, if there is one.
    func directoryRecord(_ path: String) -> Int? {
        find(path, slots: Self.headerSize + 4 * fileSlots, slotCount: directorySlots, records: directoryRecords,
             recordSize: Self.directoryRecordSize, pathField: 32, hashField: 52, count: directoryCount)
    }

    private func find(_ path: String, slots: Int, slotCount: Int, records: Int, recordSize: Int, pathField: Int, hashField: Int,
                      count: Int) -> Int? {
        guard count > 0, !path.isEmpty else { return nil }
        var path = path
        return path.withUTF8 { key -> Int? in
            let hash = Self.hash(key)
            return bytes.withUnsafeBytes { raw -> Int? in
                var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
                for _ in 0..<slotCount {
                    let stored = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slots + 4 * slot, as: UInt32.self)))
                    guard stored != 0 else { return nil }
                    let record = stored - 1
                    if record < count {
                        let base = records + record * recordSize
                        let storedHash = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base + hashField, as: UInt32.self))
                        if storedHash == UInt32(truncatingIfNeeded: hash), let stored = string(raw, base + pathField),
                           stored.elementsEqual(UnsafeRawBufferPointer(key)) {
                            return record
                        }
                    }
                    slot = (slot + 1) & (slotCount - 1)
                }
                return nil
            }
        }
    }

    /// The bytes an (offset, length) pair at `field` names in the strings, if in bounds.
    private func string(_ raw: UnsafeRawBufferPointer, _ field: Int) -> UnsafeRawBufferPointer? {
        let offset = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: field, as: UInt32.self)))
        let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: field + 4, as: UInt32.self)))
        guard strings + offset + length <= raw.count else { return nil }
        return UnsafeRawBufferPointer(rebasing: raw[(strings + offset)..<(strings + offset + length)])
    }

    /// The path of file record `record`.
    func filePath(_ record: Int) -> String? {
        bytes.withUnsafeBytes { raw in
            string(raw, fileRecords + record * Self.fileRecordSize + 72).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The entry of file record `record`.
    func file(_ record: Int) -> StatIndex.Entry {
        bytes.withUnsafeBytes { raw in
            let base = fileRecords + record * Self.fileRecordSize
            func i64(_ offset: Int) -> Int64 { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: base + offset, as: Int64.self)) }
            let flags = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base + 80, as: UInt32.self))
            return StatIndex.Entry(size: i64(32), modified: i64(40), changed: i64(48), inode: UInt64(bitPattern: i64(56)),
                                   device: UInt64(bitPattern: i64(64)), executable: flags & 1 != 0,
                                   digest: Digest(copying: UnsafeRawBufferPointer(rebasing: raw[base..<(base + 32)])), racy: flags & 2 != 0)
        }
    }

    /// The path of directory record `record`.
    func directoryPath(_ record: Int) -> String? {
        bytes.withUnsafeBytes { raw in
            string(raw, directoryRecords + record * Self.directoryRecordSize + 32).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The listing of directory record `record`; nil when its entries do not read.
    func directory(_ record: Int) -> StatIndex.Listing? {
        bytes.withUnsafeBytes { raw -> StatIndex.Listing? in
            let base = directoryRecords + record * Self.directoryRecordSize
            guard let encoded = string(raw, base + 40) else { return nil }
            func i64(_ offset: Int) -> Int64 { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: base + offset, as: Int64.self)) }
            var entries: [DirectoryEntry] = []
            var position = 0
            while position < encoded.count {
                let kind: FileKind
                switch encoded[position] {
                case UInt8(ascii: "f"): kind = .file
                case UInt8(ascii: "d"): kind = .directory
                case UInt8(ascii: "l"): kind = .symlink
                case UInt8(ascii: "o"): kind = .other
                default: return nil
                }
                var end = position + 1
                while end < encoded.count, encoded[end] != 0 { end += 1 }
                guard end < encoded.count, end > position + 1 else { return nil }
                entries.append(DirectoryEntry(name: String(decoding: encoded[(position + 1)..<end], as: UTF8.self), kind: kind))
                position = end + 1
            }
            let flags = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base + 48, as: UInt32.self))
            return StatIndex.Listing(modified: i64(0), changed: i64(8), inode: UInt64(bitPattern: i64(16)), device: UInt64(bitPattern: i64(24)),
                                     entries: entries, racy: flags & 2 != 0)
        }
    }

    /// Every file and directory, as dictionaries.
    var contents: StatIndex.Contents {
        var contents = StatIndex.Contents()
        contents.files.reserveCapacity(fileCount)
        for record in 0..<fileCount {
            if let path = filePath(record) { contents.files[path] = file(record) }
        }
        for record in 0..<directoryCount {
            if let path = directoryPath(record), let listing = directory(record) { contents.directories[path] = listing }
        }
        return contents
    }

    /// The table holding `contents`.
    static func encode(_ contents: StatIndex.Contents) -> [UInt8] {
        encode(files: contents.files.sorted { precedes($0.key, $1.key) }, directories: Array(contents.directories))
    }

    /// Whether `a` sorts before `b` byte by byte, the order of the file records.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                for i in 0..<min(a.count, b.count) where a[i] != b[i] { return a[i] < b[i] }
                return a.count < b.count
            }
        }
    }

    /// The table holding `files`, given in path order (`precedes`): a directory's files are
    /// looked up one after another, and their records and names then share cache lines.
    static func encode(files: [(key: String, value: StatIndex.Entry)], directories: [(key: String, value: StatIndex.Listing)]) -> [UInt8] {
        // Names holding NUL cannot be stored in a listing (and cannot exist on disk).
        let directories = directories.filter { !$0.value.entries.contains { $0.name.utf8.contains(0) } }
        func slotCount(_ count: Int) -> Int {
            var slots = 4
            while slots < 2 * count { slots *= 2 }
            return slots
        }
        let fileSlots = slotCount(files.count), directorySlots = slotCount(directories.count)
        var strings: [UInt8] = []
        var fileSlotTable = [UInt32](repeating: 0, count: fileSlots)
        var directorySlotTable = [UInt32](repeating: 0, count: directorySlots)
        var records: [UInt8] = []
        records.reserveCapacity(files.count * fileRecordSize + directories.count * directoryRecordSize)

        func appendInteger<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { records.append(contentsOf: $0) }
        }
        /// Adds `path` to the strings and its record number to the slots; appends offset,
        /// length and hash fields later, so returns them.
        func place(_ path: String, _ record: Int, in slots: inout [UInt32]) -> (offset: UInt32, length: UInt32, hash: UInt32) {
            var path = path
            let hash = path.withUTF8 { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt32(record + 1)
            let offset = UInt32(strings.count)
            strings.append(contentsOf: path.utf8)
            return (offset, UInt32(path.utf8.count), UInt32(truncatingIfNeeded: hash))
        }

        for (record, (path, entry)) in files.enumerated() {
            let (offset, length, hash) = place(path, record, in: &fileSlotTable)
            records.append(contentsOf: entry.digest.bytes)
            for value in [entry.size, entry.modified, entry.changed, Int64(bitPattern: entry.inode), Int64(bitPattern: entry.device)] {
                appendInteger(value)
            }
            let flags: UInt32 = (entry.executable ? 1 : 0) | (entry.racy ? 2 : 0)
            for value in [offset, length, flags, hash] { appendInteger(value) }
        }
        for (record, (path, listing)) in directories.enumerated() {
            let (offset, length, hash) = place(path, record, in: &directorySlotTable)
            let entriesOffset = UInt32(strings.count)
            for entry in listing.entries {
                strings.append(StatIndex.kindLetter(entry.kind))
                strings.append(contentsOf: entry.name.utf8)
                strings.append(0)
            }
            for value in [listing.modified, listing.changed, Int64(bitPattern: listing.inode), Int64(bitPattern: listing.device)] {
                appendInteger(value)
            }
            let flags: UInt32 = listing.racy ? 2 : 0
            for value in [offset, length, entriesOffset, UInt32(strings.count) - entriesOffset, flags, hash] {
                appendInteger(value)
            }
        }

        var bytes = magic
        bytes.reserveCapacity(headerSize + 4 * (fileSlots + directorySlots) + records.count + strings.count)
        for value in [files.count, fileSlots, directories.count, directorySlots] {
            withUnsafeBytes(of: UInt32(value).littleEndian) { bytes.append(contentsOf: $0) }
        }
        for slot in fileSlotTable + directorySlotTable {
            withUnsafeBytes(of: slot.littleEndian) { bytes.append(contentsOf: $0) }
        }
        bytes += records
        bytes += strings
        return bytes
    }
}

/// One bit per record, set from any thread without a lock: which records a run looked at.
/// (`@unchecked`: the words are atomics, only ever reached through their atomic operations.)
final class SeenRecords: @unchecked Sendable {
    private let words: UnsafeMutablePointer<Atomic<UInt64>>
    private let wordCount: Int

    init(count: Int) {
        wordCount = (count + 63) / 64
        words = .allocate(capacity: max(wordCount, 1))
        for i in 0..<wordCount { (words + i).initialize(to: Atomic(0)) }
    }

    deinit {
        words.deinitialize(count: wordCount)
        words.deallocate()
    }

    func insert(_ record: Int) {
        let mask: UInt64 = 1 << UInt64(record % 64)
        // A plain load first: a bit already set costs no write to a shared cache line.
        guard words[record / 64].load(ordering: .relaxed) & mask == 0 else { return }
        words[record / 64].bitwiseOr(mask, ordering: .relaxed)
    }

    func contains(_ record: Int) -> Bool {
        words[record / 64].load(ordering: .relaxed) & (1 << UInt64(record % 64)) != 0
    }

    var count: Int {
        (0..<wordCount).reduce(0) { $0 + words[$1].load(ordering: .relaxed).nonzeroBitCount }
    }
}
