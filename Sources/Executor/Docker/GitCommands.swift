import Basics
import Pipeline
import Synchronization

/// Short `git` queries in the project (revision, remote, tags), through the process runner.
struct GitCommands: Sendable {
    let runner: any ProcessRunner
    let environment: [String: String]
    let directory: String

    /// The trimmed output of `git ARGS`, or nil when git fails or is missing.
    func output(_ arguments: [String]) async -> String? {
        let (termination, text) = await runner.capture(ProcessSpec(arguments: ["git"] + arguments, environment: environment, workingDirectory: directory))
        return termination?.succeeded == true ? text : nil
    }

    /// What the tag rules need (commit, branch, tags, dirty); nil outside a repository with commits.
    func facts() async -> GitFacts? {
        guard let sha = await output(["rev-parse", "--verify", "-q", "HEAD"]), !sha.isEmpty else { return nil }
        async let branch = output(["symbolic-ref", "-q", "--short", "HEAD"])
        async let atHead = output(["tag", "--points-at", "HEAD"])
        async let all = output(["tag", "--list"])
        // Untracked files count: they would be sent in a build context. pipeline's own state never
        // does (it also ignores itself, see StateDirectory).
        async let status = output(["status", "--porcelain", "--untracked-files=normal", "--", ":(exclude)" + StateDirectory.name])
        func lines(_ text: String?) -> [String] { (text ?? "").split(separator: "\n").map(String.init) }
        return GitFacts(sha: sha, branch: await branch.flatMap { $0.isEmpty ? nil : $0 }, tagsAtHead: lines(await atHead),
                        allTags: lines(await all), dirty: !(await status ?? "").isEmpty)
    }
}

/// RFC 3339 timestamps in UTC (`2026-11-29T01:04:05Z`) without Foundation.
enum UTCTimestamp {
    static func format(nanoseconds: UInt64) -> String {
        let seconds = Int64(nanoseconds / 1_000_000_000)
        let days = seconds / 86_400
        let secondOfDay = seconds % 86_400
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
    }
}

/// `GitCommands` for the command line (`pipeline tags`, `release`).
public struct GitInfoReader: Sendable {
    let commands: GitCommands

    public init(runner: any ProcessRunner, environment: [String: String], root: String) {
        commands = GitCommands(runner: runner, environment: environment, directory: root)
    }

    public func facts() async -> GitFacts? { await commands.facts() }
}
