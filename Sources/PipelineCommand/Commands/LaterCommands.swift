/// A command that belongs to a feature this build does not have yet.
struct NotAvailableError: Error, CustomStringConvertible {
    var command: String
    var feature: String

    var description: String {
        "'pipeline \(command)' is not available yet in this version: it arrives with \(feature)"
    }
}

/// Commands whose features land later; each says so clearly and exits 2.
protocol LaterCommand: Command {
    static var feature: String { get }
    init()
}

extension LaterCommand {
    init(validating invocation: Invocation) throws {
        self.init()
    }

    func run(_ system: SystemContext) async throws -> Int32 {
        throw NotAvailableError(command: Self.name, feature: Self.feature)
    }
}

struct LintCommand: LaterCommand {
    static let name = "lint"
    static let summary = "check Dockerfiles, shell scripts and supervisord configs"
    static let usage = "pipeline [options] lint [PATH...] [--format tty|json|sarif|checkstyle|gnu|github|codeclimate]"
    static let feature = "the Dockerfile and shell checkers"
}

struct TagsCommand: LaterCommand {
    static let name = "tags"
    static let summary = "print the image tags computed from git"
    static let usage = "pipeline [options] tags [--json]"
    static let feature = "the docker stages"
}

struct ReleaseCommand: LaterCommand {
    static let name = "release"
    static let summary = "tag a release, run the release target, push the tag"
    static let usage = "pipeline [options] release VERSION [--dry-run]"
    static let feature = "the docker stages"
}
