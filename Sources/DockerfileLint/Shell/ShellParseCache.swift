import Basics
import ShellLint
import Synchronization

/// The shell syntax trees of one Dockerfile's RUN scripts, parsed once: the DL rules' command
/// extractor and the ShellCheck bridge both read a RUN body, and parsing it is most of the
/// cost of linting a Dockerfile.
final class ShellParseCache: Sendable {
    private struct Key: Hashable {
        var text: String
        var dialect: ShellDialect
    }

    private let trees = Mutex<[Key: ShellParseResult]>([:])

    /// The tree of `text` read as `dialect`, parsed on first use.
    func parse(_ text: String, dialect: ShellDialect) -> ShellParseResult {
        let key = Key(text: text, dialect: dialect)
        if let known = trees.withLock({ $0[key] }) { return known }
        let parsed = ShellParser.parse(text, dialect: dialect)
        trees.withLock { $0[key] = parsed }
        return parsed
    }
}
