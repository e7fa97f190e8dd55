import Basics
import Pipeline

/// The `smoke` kind (DESIGN.md §5): runs the image, waits for its HEALTHCHECK, then probes it
/// with `exec`, `http` and `log` checks, each retried until `timeout`. The container is always
/// removed: on success, failure, timeout and interruption. Cached by image ID and checks.
struct SmokeStage: StageRunner {
    static let defaultTimeoutMilliseconds = 120_000
    static let pollMilliseconds: UInt64 = 250

    func isCacheable(_ stage: Stage) -> Bool { true }

    func commandLine(for stage: Stage) -> String? {
        "docker run -d \(stage.settings["image"]?.string ?? "<image of the build it needs>") + \(stage.settings["checks"]?.array?.count ?? 0) checks"
    }

    /// The image to run: its own `image`, else the nearest upstream build's image ID.
    static func image(_ context: StageContext) -> String? {
        context.stage.settings["image"]?.string ?? context.upstreamFact("imageID")
    }

    func cacheInputs(_ context: StageContext) async throws(StageFailure) -> CacheInputs {
        guard let image = Self.image(context) else {
            throw StageFailure(reason: "no image to run: set \"image\" or make the stage need a docker-build stage")
        }
        let engine = try await context.docker.probe()
        let (termination, id) = await context.docker.capture(["image", "inspect", "--format", "{{.Id}}", image])
        guard termination?.succeeded == true else {
            throw StageFailure(reason: "image '\(image)' is not in the engine; build it first (or pull it)")
        }
        return CacheInputs(environment: ["docker.server": engine.version, "docker.platform": engine.platform, "image.id": id])
    }

    func run(_ context: StageContext) async -> StageResult {
        guard let image = Self.image(context) else {
            return .failed("no image to run: set \"image\" or make the stage need a docker-build stage")
        }
        var checks: [SmokeCheck] = []
        for (offset, value) in (context.stage.settings["checks"]?.array ?? []).enumerated() {
            do {
                checks.append(try SmokeCheck(number: offset + 1, value))
            } catch {
                return .failed(error.reason)
            }
        }
        let network = context.stage.settings["network"]?.string ?? "bridge"
        if network == "none", let check = checks.first(where: \.isHTTP) {
            return .failed("check \(check.number) is an http check, which cannot reach a container with network \"none\"; use \"host\" or \"bridge\"")
        }
        let timeout = context.stage.settings["timeout"]?.string.flatMap(DurationValue.init(parsing:))?.milliseconds ?? Self.defaultTimeoutMilliseconds
        let deadline = context.time.monotonicNanoseconds() + UInt64(timeout) * 1_000_000
        let name = "pipeline-smoke-\(context.stage.name)-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"

        var arguments = ["run", "-d", "--name", name, "--label", "pipeline.smoke=\(context.stage.name)", "--network", network]
        var environment: [String: String] = [:]
        for (key, value) in context.stage.env.sorted(by: { $0.key < $1.key }) {
            // `-e KEY` takes the value from the client's environment: nothing secret on argv.
            arguments += ["-e", key]
            environment[key] = value
        }
        if network == "bridge" {
            for port in context.stage.settings["ports"]?.array?.compactMap(\.integer) ?? [] {
                arguments += ["-p", "127.0.0.1::\(port)"]
            }
        }
        arguments.append(image)
        arguments += context.stage.settings["args"]?.strings ?? []

        let probe = SmokeProbe(context: context, container: name, network: network, deadline: deadline, timeout: timeout)
        context.output.note("$ docker " + ShellQuoting.join(arguments))
        let (started, text) = await context.docker.capture(arguments, environment: environment)
        var result: StageResult
        if started?.succeeded == true {
            result = await probe.run(checks)
        } else {
            result = .failed("docker run failed: \(context.redactor.redact(text.split(separator: "\n").last.map(String.init) ?? text))")
        }
        if case .failed = result.status { await probe.showLogs() }
        // Always, whatever happened above (interruption included).
        let (removed, removal) = await context.docker.capture(["rm", "-f", "-v", name])
        if removed?.succeeded != true, started?.succeeded == true {
            context.output.note("pipeline: could not remove container \(name): \(removal)")
        }
        return result
    }
}

/// One entry of `checks`, parsed.
struct SmokeCheck: Sendable {
    enum Probe: Sendable {
        case exec(arguments: [String], exitCode: Int, stdout: String?)
        case http(port: Int, path: String, status: Int, body: String?)
        case log(pattern: String)
    }

    struct Invalid: Error {
        var reason: String
    }

    let number: Int
    let probe: Probe

    var isHTTP: Bool { if case .http = probe { true } else { false } }

    init(number: Int, _ value: ConfigValue) throws(Invalid) {
        self.number = number
        let fields = value.object ?? [:]
        func regex(_ key: String) throws(Invalid) -> String? {
            guard let pattern = fields[key]?.string else { return nil }
            do {
                _ = try Regex(pattern)
            } catch {
                throw Invalid(reason: "check \(number): '\(pattern)' is not a valid regular expression")
            }
            return pattern
        }
        if let arguments = fields["exec"]?.strings {
            probe = .exec(arguments: arguments, exitCode: fields["exitCode"]?.integer ?? 0, stdout: try regex("stdout"))
        } else if let http = fields["http"]?.object {
            let body: String?
            if let pattern = http["body"]?.string {
                guard (try? Regex(pattern)) != nil else { throw Invalid(reason: "check \(number): '\(pattern)' is not a valid regular expression") }
                body = pattern
            } else {
                body = nil
            }
            probe = .http(port: http["port"]?.integer ?? 80, path: http["path"]?.string ?? "/", status: http["status"]?.integer ?? 200, body: body)
        } else {
            probe = .log(pattern: try regex("log") ?? "")
        }
    }

    var summary: String {
        switch probe {
        case .exec(let arguments, let exitCode, let stdout):
            "exec \(ShellQuoting.join(arguments)) → exit \(exitCode)" + (stdout.map { ", stdout ~ /\($0)/" } ?? "")
        case .http(let port, let path, let status, _): "http GET :\(port)\(path) → \(status)"
        case .log(let pattern): "log ~ /\(pattern)/"
        }
    }
}
