extension String {
    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8. Far cheaper than
    /// `contains(_:)` on strings, which compares Characters: the loader asks this of a whole
    /// pipeline.json. It may also find a needle that a Character comparison would not (one
    /// followed by a combining mark), so use it where a false "yes" only costs a closer look.
    public func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var text = self
        return text.withUTF8 { haystack -> Bool in
            guard haystack.count >= pattern.count else { return false }
            var index = 0
            let last = haystack.count - pattern.count
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < pattern.count, haystack[index + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
