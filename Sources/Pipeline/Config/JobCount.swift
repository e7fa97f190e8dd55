/// The value of `-j N`: how many stages may run at once.
public enum JobCount {
    /// More parallel stages than any machine runs usefully; a larger number is a typo (or an
    /// attempt to make the tool allocate for it) and is refused rather than clamped silently.
    public static let maximum = 1024

    /// The count, or nil unless `text` is a whole number from 1 to `maximum`.
    public static func parse(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 5, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              let count = Int(text), (1...maximum).contains(count) else { return nil }
        return count
    }

    /// What a user can write, for messages.
    public static let expectation = "a whole number of parallel stages from 1 to \(maximum)"
}
