import Pipeline

extension ImageReference {
    /// Whether the reference names a registry on this machine (`localhost`, `127.x.x.x`):
    /// docker talks plain HTTP to those, so `docker manifest inspect` needs `--insecure`.
    static func isLoopbackRegistry(_ reference: String) -> Bool {
        guard let registry = (try? ImageReference(parsing: reference))?.registry else { return false }
        let host = registry.split(separator: ":").first.map(String.init) ?? registry
        return host == "localhost" || host.hasPrefix("127.")
    }
}
