import Basics

/// One request to the Docker engine's HTTP API: method, path with query, optional JSON body.
/// Sent as HTTP/1.0, so the engine closes the connection after the answer and never chunks it.
public struct DockerAPIRequest: Sendable, Hashable {
    public var method: String
    /// Path and query, escaped (`/images/app%3A1/json`).
    public var path: String
    public var body: String?

    public init(_ method: String, _ path: String, body: String? = nil) {
        self.method = method
        self.path = path
        self.body = body
    }

    /// The request as written to the engine's socket.
    public var bytes: [UInt8] {
        var head = "\(method) \(path) HTTP/1.0\r\nHost: docker\r\nUser-Agent: pipeline\r\n"
        if let body {
            head += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        } else {
            head += "\r\n"
        }
        return Array(head.utf8)
    }
}

/// The requests each docker call of the docker kinds makes through the engine's API, and the
/// parsing of its answers. Pure: the kinds' exchanges are tested without an engine. `docker
/// build` and `docker push` are not here: they stay on the CLI (BuildKit sessions, credential
/// helpers).
public enum DockerAPI {
    /// The engine's version, OS and architecture.
    public static func version() -> DockerAPIRequest { DockerAPIRequest("GET", "/version") }

    public static func inspectImage(_ reference: String) -> DockerAPIRequest {
        DockerAPIRequest("GET", "/images/\(escapeName(reference))/json")
    }

    /// Points `reference` (`registry/repo:tag`, `latest` when it has no tag) at `source`.
    public static func tag(_ source: String, _ reference: String) -> DockerAPIRequest {
        let repository = ImageReference.name(of: reference)
        let tag = ImageReference.tag(of: reference) ?? "latest"
        return DockerAPIRequest("POST", "/images/\(escapeName(source))/tag?repo=\(escapeQuery(repository))&tag=\(escapeQuery(tag))")
    }

    /// What `docker run -d` creates for a smoke container (see `DockerCommands.run`): the name,
    /// the label that finds leftovers, the network, environment values, ports published on
    /// 127.0.0.1 only (bridge network), the image and its arguments.
    public static func createContainer(_ config: SmokeConfig, container: String, stage: String, image: String,
                                       environment: [String: String]) -> DockerAPIRequest {
        var members: [(String, JSONWriter.Value)] = [("Image", .string(image))]
        if !config.args.isEmpty { members.append(("Cmd", .array(config.args.map { .string($0) }))) }
        if !environment.isEmpty {
            members.append(("Env", .array(environment.sorted { $0.key < $1.key }.map { .string("\($0.key)=\($0.value)") })))
        }
        members.append(("Labels", .object([("pipeline.smoke", .string(stage))])))
        var host: [(String, JSONWriter.Value)] = [("NetworkMode", .string(config.network))]
        if config.network == "bridge", !config.ports.isEmpty {
            members.append(("ExposedPorts", .object(config.ports.map { ("\($0)/tcp", .object([])) })))
            host.append(("PortBindings", .object(config.ports.map {
                ("\($0)/tcp", .array([.object([("HostIp", .string("127.0.0.1")), ("HostPort", .string(""))])]))
            })))
        }
        members.append(("HostConfig", .object(host)))
        return DockerAPIRequest("POST", "/containers/create?name=\(escapeQuery(container))", body: JSONWriter.write(.object(members)))
    }

    public static func startContainer(_ container: String) -> DockerAPIRequest {
        DockerAPIRequest("POST", "/containers/\(escapeName(container))/start")
    }

    public static func inspectContainer(_ container: String) -> DockerAPIRequest {
        DockerAPIRequest("GET", "/containers/\(escapeName(container))/json")
    }

    /// Blocks until the container stops; the answer holds its exit code.
    public static func waitContainer(_ container: String) -> DockerAPIRequest {
        DockerAPIRequest("POST", "/containers/\(escapeName(container))/wait")
    }

    /// Standard output and error of the container, multiplexed (no TTY), the last `tail` lines.
    public static func logs(_ container: String, tail: Int? = nil) -> DockerAPIRequest {
        DockerAPIRequest("GET", "/containers/\(escapeName(container))/logs?stdout=1&stderr=1" + (tail.map { "&tail=\($0)" } ?? ""))
    }

    /// Removes the container with its anonymous volumes, running or not.
    public static func removeContainer(_ container: String) -> DockerAPIRequest {
        DockerAPIRequest("DELETE", "/containers/\(escapeName(container))?force=1&v=1")
    }

    public static func createExec(_ container: String, _ command: [String]) -> DockerAPIRequest {
        let body = JSONWriter.write(.object([("AttachStdout", .bool(true)), ("AttachStderr", .bool(true)),
                                             ("Cmd", .array(command.map { .string($0) }))]))
        return DockerAPIRequest("POST", "/containers/\(escapeName(container))/exec", body: body)
    }

    /// Runs the exec attached: the answer is its multiplexed output until it ends.
    public static func startExec(_ id: String) -> DockerAPIRequest {
        DockerAPIRequest("POST", "/exec/\(escapeName(id))/start", body: #"{"Detach":false,"Tty":false}"#)
    }

    public static func inspectExec(_ id: String) -> DockerAPIRequest {
        DockerAPIRequest("GET", "/exec/\(escapeName(id))/json")
    }

    /// A name in a path: `/` stays (image names hold it and the engine's routes accept it), the
    /// rest of what is not unreserved is percent-encoded.
    static func escapeName(_ text: String) -> String { escape(text, keeping: "/:@") }

    static func escapeQuery(_ text: String) -> String { escape(text, keeping: "") }

    private static func escape(_ text: String, keeping extra: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        let kept = Set(extra.utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            if unreserved.contains(byte) || kept.contains(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The engine's answers are `HTTPResponse`s; a failure reads as the CLI shows it.
extension HTTPResponse {
    /// The engine's own words for a failure, as the CLI shows them:
    /// `Error response from daemon: No such image: app:1`.
    public var engineErrorText: String {
        let message = DockerAPIAnswers.string(body, ["message"]) ?? String(decoding: body, as: UTF8.self).trimmingWhitespace
        return "Error response from daemon: " + (message.isEmpty ? "HTTP status \(status)" : message)
    }
}

/// Reads the few facts the kinds need out of the engine's JSON answers.
public enum DockerAPIAnswers {
    /// `Version` and `Os/Arch` of `GET /version`.
    public static func version(_ body: [UInt8]) -> (version: String, platform: String)? {
        guard let version = string(body, ["Version"]), let os = string(body, ["Os"]), let arch = string(body, ["Arch"]) else { return nil }
        return (version, os + "/" + arch)
    }

    /// `Id` of an image, a created container or exec.
    public static func id(_ body: [UInt8]) -> String? { string(body, ["Id"]) }

    /// A container's HEALTHCHECK status (`none` without one), state and exit code.
    public static func containerState(_ body: [UInt8]) -> (health: String, status: String, exitCode: String)? {
        guard let node = parse(body), let status = lookup(node, ["State", "Status"]).flatMap(text),
              let exitCode = lookup(node, ["State", "ExitCode"]).flatMap(text) else { return nil }
        let health = lookup(node, ["State", "Health", "Status"]).flatMap(text) ?? "none"
        return (health, status, exitCode)
    }

    /// The 127.0.0.1 port a container port was published on.
    public static func publishedPort(_ body: [UInt8], _ port: Int) -> Int? {
        guard let node = parse(body), case .array(let bindings)? = lookup(node, ["NetworkSettings", "Ports", "\(port)/tcp"]) else { return nil }
        for binding in bindings {
            if let text = lookup(binding.value, ["HostPort"]).flatMap(text), let number = Int(text) { return number }
        }
        return nil
    }

    /// An exec's exit code; nil while it is still running.
    public static func execExitCode(_ body: [UInt8]) -> Int32? {
        guard let node = parse(body), let text = lookup(node, ["ExitCode"]).flatMap(text) else { return nil }
        return Int32(text)
    }

    /// `StatusCode` of a finished wait.
    public static func waitStatus(_ body: [UInt8]) -> Int32? {
        guard let node = parse(body), let text = lookup(node, ["StatusCode"]).flatMap(text) else { return nil }
        return Int32(text)
    }

    static func string(_ body: [UInt8], _ path: [String]) -> String? {
        guard let node = parse(body), case .string(let value)? = lookup(node, path) else { return nil }
        return value
    }

    private static func parse(_ body: [UInt8]) -> JSONValue? {
        (try? JSONParser.parse(String(decoding: body, as: UTF8.self)))?.value
    }

    private static func lookup(_ value: JSONValue, _ path: [String]) -> JSONValue? {
        var current = value
        for key in path {
            guard case .object(let members) = current, let member = members.first(where: { $0.key == key }) else { return nil }
            current = member.value.value
        }
        return current
    }

    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}

/// Splits the engine's multiplexed stream (containers without a TTY: logs, attached execs) into
/// its frames: each is a stream byte (1 stdout, 2 stderr), three zero bytes, a big-endian
/// 32-bit length and that many bytes. Feed it bytes as they come; frames may be cut anywhere.
public struct DockerStreamDemultiplexer: Sendable {
    private var pending: [UInt8] = []
    /// Set when the bytes are not frames (a TTY stream): everything is then passed through.
    private var raw = false

    public init() {}

    /// The payloads of every frame completed by `bytes`, in order, with their stream (1 or 2).
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [(stream: UInt8, payload: [UInt8])] {
        if raw { return bytes.isEmpty ? [] : [(stream: UInt8(1), payload: Array(bytes))] }
        pending += bytes
        var frames: [(UInt8, [UInt8])] = []
        var position = 0
        while pending.count - position >= 8 {
            let kind = pending[position]
            guard kind <= 2, pending[position + 1] == 0, pending[position + 2] == 0, pending[position + 3] == 0 else {
                if frames.isEmpty && position == 0 {
                    raw = true
                    defer { pending = [] }
                    return [(stream: UInt8(1), payload: pending)]
                }
                break
            }
            let size = pending[(position + 4)..<(position + 8)].reduce(0) { $0 << 8 | Int($1) }
            guard pending.count - position - 8 >= size else { break }
            frames.append((kind, Array(pending[(position + 8)..<(position + 8 + size)])))
            position += 8 + size
        }
        pending.removeFirst(position)
        return frames
    }

    /// Bytes left that do not make a whole frame (a stream cut short).
    public var leftover: [UInt8] { pending }

    /// Every frame's payload of a whole stream, in order: what the CLI prints, stdout and stderr merged.
    public static func merged(_ bytes: [UInt8]) -> [UInt8] {
        var demultiplexer = DockerStreamDemultiplexer()
        return demultiplexer.feed(bytes).flatMap(\.payload) + demultiplexer.leftover
    }
}
