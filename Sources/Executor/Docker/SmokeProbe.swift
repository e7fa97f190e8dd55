import Basics
import Pipeline

/// Waits for a smoke container's health and runs its checks until they pass or time runs out.
struct SmokeProbe: Sendable {
    let context: StageContext
    let container: String
    let image: String
    let network: String
    /// Monotonic nanoseconds.
    let deadline: UInt64
    let timeout: Int

    private var timedOut: Bool { context.time.monotonicNanoseconds() >= deadline }
    private var timeoutText: String { DurationValue(milliseconds: timeout).description }

    private func pause() async {
        await context.time.sleep(nanoseconds: SmokeStage.pollMilliseconds * 1_000_000)
    }

    /// Health first, then each check in turn.
    func run(_ checks: [SmokeCheck]) async -> StageResult {
        if let problem = await waitUntilReady() { return .failed(problem) }
        for check in checks {
            context.output.note("pipeline: check \(check.number): \(check.summary)")
            var last = "not tried"
            while true {
                if let state = await state() {
                    if state.status != "running" {
                        return .failed("the container stopped (\(state.status), exit code \(state.exitCode)) before check \(check.number) passed")
                    }
                    if state.health == "unhealthy" {
                        return .failed("the container's HEALTHCHECK turned unhealthy before check \(check.number) passed")
                    }
                }
                switch await attempt(check) {
                case nil:
                    context.output.note("pipeline: check \(check.number) passed")
                    last = ""
                case let problem?:
                    last = problem
                }
                if last.isEmpty { break }
                if timedOut || context.isInterrupted() {
                    return .failed("check \(check.number) (\(check.summary)) did not pass within \(timeoutText): \(last)")
                }
                await pause()
            }
        }
        return StageResult(status: .succeeded, facts: StageFacts(smokedImage: image))
    }

    func state() async -> DockerContainerState? {
        await context.docker.containerState(container)
    }

    /// Waits for `healthy` when the image has a HEALTHCHECK; fails if it turns unhealthy, the
    /// container exits, or time runs out.
    private func waitUntilReady() async -> String? {
        var announced = false
        var seenRunning = false
        while true {
            guard let state = await state() else { return "cannot inspect container \(container)" }
            if state.status == "exited" || state.status == "dead" {
                return "the container exited at once (exit code \(state.exitCode))"
            }
            switch state.health {
            case "healthy": return nil
            case "none":
                // Without a HEALTHCHECK, "running" a moment after the start says little (a
                // command that fails at once runs for a few milliseconds, and the engine's API
                // answers within one): it must still be running one poll later.
                if seenRunning || timedOut { return nil }
                seenRunning = true
            case "unhealthy": return "the container's HEALTHCHECK reports unhealthy"
            default:
                if !announced {
                    context.output.note("pipeline: waiting for the container's HEALTHCHECK to report healthy")
                    announced = true
                }
            }
            if timedOut || context.isInterrupted() {
                return "the container did not become healthy within \(timeoutText) (health: \(state.health))"
            }
            await pause()
        }
    }

    /// One try of one check: nil when it passed, else what went wrong.
    private func attempt(_ check: SmokeCheck) async -> String? {
        switch check.probe {
        case .exec(let arguments, let exitCode, let stdout):
            let (termination, text) = await context.docker.exec(container, arguments, stop: context.isInterrupted)
            guard let termination else { return "docker exec could not start" }
            guard termination == .exited(Int32(exitCode)) else {
                return "\(ShellQuoting.join(arguments)) ended with \(termination), expected exit code \(exitCode)"
                    + (text.isEmpty ? "" : ": " + String(context.redactor.redact(text).suffix(200)))
            }
            if let stdout, let regex = try? Regex(stdout), !text.contains(regex) {
                return "its output does not match /\(stdout)/: " + String(context.redactor.redact(text).suffix(200))
            }
            return nil
        case .http(let port, let path, let status, let body):
            guard let http = context.http else { return "no HTTP client available" }
            guard let address = await hostPort(for: port) else { return "port \(port) is not published" }
            switch await http.get(host: address.host, port: address.port, path: path, timeoutMilliseconds: 5000) {
            case .failure(let error): return error.description
            case .success(let response):
                if response.status != status { return "GET \(path) answered \(response.status), expected \(status)" }
                if let body, let regex = try? Regex(body), !String(decoding: response.body, as: UTF8.self).contains(regex) {
                    return "the body of GET \(path) does not match /\(body)/"
                }
                return nil
            }
        case .log(let pattern):
            let text = await context.docker.logs(container, tail: nil) ?? ""
            if let regex = try? Regex(pattern), text.contains(regex) { return nil }
            return "no line of the container's log matches /\(pattern)/ yet"
        }
    }

    /// Where a container port is reachable from here: itself on the host network, else the
    /// 127.0.0.1 port docker published it on.
    private func hostPort(for port: Int) async -> (host: String, port: Int)? {
        if network == "host" { return ("127.0.0.1", port) }
        guard let published = await context.docker.publishedPort(container, port) else { return nil }
        return ("127.0.0.1", published)
    }

    /// The last 100 lines of the container's log, into the stage's output.
    func showLogs() async {
        guard let text = await context.docker.logs(container, tail: 100) else { return }
        context.output.note("pipeline: last 100 lines of the container's log:")
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            context.output.append(ArraySlice(Array((String(line) + "\n").utf8)))
        }
    }
}

extension SmokeCheck {
    /// One line for the log: what the check does and expects.
    var summary: String {
        switch probe {
        case .exec(let arguments, let exitCode, let stdout):
            "exec \(ShellQuoting.join(arguments)) → exit \(exitCode)" + (stdout.map { ", stdout ~ /\($0)/" } ?? "")
        case .http(let port, let path, let status, _): "http GET :\(port)\(path) → \(status)"
        case .log(let pattern): "log ~ /\(pattern)/"
        }
    }
}
