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
