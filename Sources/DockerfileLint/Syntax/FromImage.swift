/// The image a FROM names, `registry/name:tag@digest` split into its parts as written (variables
/// are not expanded; see `DockerVariables`). Named apart from Pipeline's `ImageReference`, which
/// validates references for tagging and pushing.
public struct FromImage: Sendable, Hashable {
    public var text: String
    public var registry: String?
    public var name: String
    public var tag: String?
    public var digest: String?

    public init(_ text: String) {
        self.text = text
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = rest[..<at]
        } else {
            digest = nil
        }
        // A tag's colon comes after the last slash; one before it is a registry port.
        let lastSlash = rest.lastIndex(of: "/")
        let tagColon = rest.lastIndex(of: ":").flatMap { colon in
            lastSlash.map { colon > $0 } ?? true ? colon : nil
        }
        if let tagColon {
            tag = String(rest[rest.index(after: tagColon)...])
            rest = rest[..<tagColon]
        } else {
            tag = nil
        }
        // Docker treats the first component as a registry when it looks like a host.
        if let slash = rest.firstIndex(of: "/") {
            let first = rest[..<slash]
            if first.contains(".") || first.contains(":") || first == "localhost" {
                registry = String(first)
                rest = rest[rest.index(after: slash)...]
            } else {
                registry = nil
            }
        } else {
            registry = nil
        }
        name = String(rest)
    }

    /// `scratch`, which has no tag to pin.
    public var isScratch: Bool { text.lowercased() == "scratch" }

    /// Whether the reference holds a `$` variable.
    public var hasVariable: Bool { text.contains("$") }
}
