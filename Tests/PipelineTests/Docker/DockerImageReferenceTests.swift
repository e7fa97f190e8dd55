import Testing
@testable import Pipeline

@Suite struct DockerImageReferenceTests {
    static let hex64 = String(repeating: "0123456789abcdef", count: 4)

    struct Valid: Sendable, CustomTestStringConvertible {
        var text: String
        var registry: String?
        var repository: String
        var tag: String?
        var digest: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Valid(text: "opennebula", repository: "opennebula"),
        Valid(text: "example/opennebula", repository: "example/opennebula"),
        Valid(text: "docker.io/example/opennebula:7.0.1", registry: "docker.io", repository: "example/opennebula", tag: "7.0.1"),
        Valid(text: "localhost:5000/app", registry: "localhost:5000", repository: "app"),
        Valid(text: "localhost/app", registry: "localhost", repository: "app"),
        Valid(text: "127.0.0.1:5000/team/app:edge", registry: "127.0.0.1:5000", repository: "team/app", tag: "edge"),
        Valid(text: "registry.example.com/a/b/c:v1.2", registry: "registry.example.com", repository: "a/b/c", tag: "v1.2"),
        Valid(text: "my-registry.io:443/x__y/z.w-q", registry: "my-registry.io:443", repository: "x__y/z.w-q"),
        Valid(text: "a--b/c---d", repository: "a--b/c---d"),
        Valid(text: "app:latest", repository: "app", tag: "latest"),
        Valid(text: "app:_private", repository: "app", tag: "_private"),
        Valid(text: "app:Feature-X.1", repository: "app", tag: "Feature-X.1"),
        Valid(text: "app@sha256:\(DockerImageReferenceTests.hex64)", repository: "app", digest: "sha256:\(DockerImageReferenceTests.hex64)"),
        Valid(text: "app:1.0@sha256:\(DockerImageReferenceTests.hex64)", repository: "app", tag: "1.0", digest: "sha256:\(DockerImageReferenceTests.hex64)"),
        Valid(text: "[::1]:5000/app:1", registry: "[::1]:5000", repository: "app", tag: "1"),
        // Docker reads `localhost:5000` alone as the image `localhost` with tag `5000`.
        Valid(text: "localhost:5000", repository: "localhost", tag: "5000"),
        // Host names are case-insensitive, so uppercase is allowed there (not in the path).
        Valid(text: "Registry.IO/example", registry: "Registry.IO", repository: "example"),
    ])
    func parsesValidReferences(_ valid: Valid) throws {
        let reference = try ImageReference(parsing: valid.text)
        #expect(reference.registry == valid.registry)
        #expect(reference.repository == valid.repository)
        #expect(reference.tag == valid.tag)
        #expect(reference.digest == valid.digest)
        #expect(reference.fullName == valid.text)
        #expect(ImageReference.problem(with: valid.text) == nil)
    }

    @Test(arguments: [
        ("", "empty"),
        ("Docker.io/Example", "uppercase letters are not allowed in repository names: 'Docker.io/Example' → 'docker.io/example'?"),
        ("Example/app:Tag", "'Example/app:Tag' → 'example/app:Tag'?"),
        ("app:", "remove the trailing ':'"),
        ("app:-x", "invalid tag '-x'"),
        ("app:.x", "try 'x'"),
        ("app:a+b", "try 'a-b'"),
        ("app:" + String(repeating: "t", count: 129), "at most 128"),
        ("app/", "empty path component"),
        ("/app", "empty path component"),
        ("a//b", "empty path component"),
        ("app_", "must start and end with a lowercase letter or digit"),
        ("-app", "must start and end"),
        ("a..b", "separator '..'"),
        ("a___b", "separator '___'"),
        ("a._b", "separator '._'"),
        ("app@sha256:abc", "64 lowercase hex digits"),
        ("app@md5:\(DockerImageReferenceTests.hex64)", "must be 'sha256:'"),
        ("my app", "white space"),
        ("app!x", "contains '!'"),
        ("app:tag:extra", "contains ':'"),
        ("localhost:abc/app", "port 'abc'"),
        ("-bad.example.com/app", "not a valid host name"),
        ("[::1/app", "never closes"),
        ("registry.io/" + String(repeating: "a", count: 250), "Docker allows at most 255"),
        (DockerImageReferenceTests.hex64, "image IDs"),
    ])
    func rejectsInvalidReferences(text: String, fragment: String) {
        let problem = ImageReference.problem(with: text)
        #expect(problem?.contains(fragment) == true, "\(text): \(problem ?? "accepted")")
        #expect(throws: ImageReferenceError.self) { try ImageReference.validate(text) }
    }

    @Test func withTagReplacesTagAndDropsDigest() throws {
        let reference = try ImageReference(parsing: "localhost:5000/app:1.0@sha256:\(Self.hex64)")
        #expect(try reference.withTag("edge").fullName == "localhost:5000/app:edge")
        #expect(reference.name == "localhost:5000/app")
        #expect(throws: ImageReferenceError.self) { try reference.withTag("bad tag") }
    }

    @Test func helpersForStages() {
        #expect(ImageReference.repositoryName(of: "docker.io/example/app:1") == "example/app")
        #expect(ImageReference.tag(of: "docker.io/example/app:1") == "1")
        #expect(ImageReference.tag(of: "localhost:5000/app") == nil)
    }

    @Test(arguments: [
        ("latest", true), ("7.0.1", true), ("_x", true), ("A.b-C_d", true),
        ("", false), (".x", false), ("-x", false), ("a/b", false), ("a+b", false), ("é", false),
        (String(repeating: "a", count: 128), true), (String(repeating: "a", count: 129), false),
    ])
    func tagGrammar(tag: String, valid: Bool) {
        #expect(ImageReference.isValidTag(tag) == valid)
    }

    @Test(arguments: [
        ("main", "main"),
        ("feature/Foo_bar", "feature-Foo_bar"),
        ("-x", "x"),
        ("..hidden", "hidden"),
        ("fix/#123 crash", "fix-123-crash"),
        ("release/7.0", "release-7.0"),
        ("ünïcode", "n-code"),
        ("///", ""),
        (String(repeating: "b", count: 200), String(repeating: "b", count: 128)),
    ])
    func sanitizesBranchNames(branch: String, tag: String) {
        let sanitized = ImageReference.sanitizeTag(branch)
        #expect(sanitized == tag)
        #expect(sanitized.isEmpty || ImageReference.isValidTag(sanitized))
    }
}

/// The name a tag stage tags and pushes keeps the registry, host and port, whatever its form.
@Suite struct ImageNameTests {
    @Test(arguments: [
        ("app", "app", false), ("app:dev", "app", false), ("library/app:1", "library/app", false),
        ("docker.io/library/app:1", "docker.io/library/app", false), ("127.0.0.1:5000/a/b:dev", "127.0.0.1:5000/a/b", true),
        ("localhost:5000/x", "localhost:5000/x", true), ("ghcr.io/o/r:1@sha256:" + String(repeating: "0", count: 64), "ghcr.io/o/r", false),
        ("registry.example:8443/team/app:7", "registry.example:8443/team/app", false), ("[::1]:5000/x:1", "[::1]:5000/x", true),
    ])
    func nameKeepsTheRegistry(_ reference: String, _ name: String, _ loopback: Bool) {
        #expect(ImageReference.problem(with: reference) == nil, "\(reference) is valid")
        #expect(ImageReference.name(of: reference) == name)
        #expect(ImageReference.isLoopbackRegistry(reference) == loopback)
    }
}
