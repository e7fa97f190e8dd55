import Basics

/// Replaces secret values in cache ingredients by a keyed hash, so records and `explain` never
/// hold a secret, yet a changed secret still changes the key. The key lives in
/// `.pipeline/`; a plain hash would let anyone with the cache test guesses offline.
public struct SecretMasker: Sendable {
    private let replacements: [(value: String, marker: String)]

    /// `secrets` by name; `key` is the project-local HMAC key.
    public init(secrets: [String: String], key: [UInt8]) {
        replacements = secrets.filter { !$0.value.isEmpty }
            .map { name, value in (value, "«secret \(name) hmac:\(HMAC.sha256(key: key, message: Array(value.utf8)).hex)»") }
            .sorted { $0.value.count > $1.value.count }
    }

    public func mask(_ text: String) -> String {
        var result = text
        for (value, marker) in replacements where result.contains(value) {
            result = result.replacing(value, with: marker)
        }
        return result
    }

    /// Whether `text` holds a masked secret.
    public static func isMasked(_ text: String) -> Bool { text.contains("«secret ") }
}
