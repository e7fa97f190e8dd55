import Glibc

/// Calls `body` with a NULL-terminated `char *[]` (an argv or envp) holding `strings`.
/// All strings share one allocation that lives exactly as long as the call.
func withCStringArray<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
) -> Result {
    let total = strings.reduce(0) { $0 + $1.utf8.count + 1 }
    let storage = UnsafeMutablePointer<CChar>.allocate(capacity: max(total, 1))
    defer { storage.deallocate() }
    let pointers = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: strings.count + 1)
    defer { pointers.deallocate() }

    var offset = 0
    for (index, string) in strings.enumerated() {
        pointers[index] = storage + offset
        var string = string
        string.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                memcpy(storage + offset, base, bytes.count)
            }
            offset += bytes.count
        }
        storage[offset] = 0
        offset += 1
    }
    pointers[strings.count] = nil
    return body(pointers)
}
