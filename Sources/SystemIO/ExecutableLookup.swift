import Basics
import Glibc

/// Finds the file to execute for `arguments[0]` the way a shell would, but in the child's
/// `PATH` and working directory, and says why when there is none.
enum ExecutableLookup {
    /// Searched when the child's environment has no `PATH`.
    static let defaultSearchPath = "/usr/local/bin:/usr/bin:/bin"

    /// An absolute path to execute. A program containing `/` is taken as is, relative to
    /// `workingDirectory` (where the child will run); otherwise each `PATH` entry is tried.
    static func resolve(
        _ arguments: [String], environment: [String: String], workingDirectory: String
    ) throws(ProcessLaunchError) -> String {
        guard let program = arguments.first else {
            throw ProcessLaunchError(arguments: arguments, reason: "empty argument list")
        }
        guard !program.isEmpty else {
            throw ProcessLaunchError(arguments: arguments, reason: "empty program name")
        }

        if program.contains("/") {
            let path = Paths.join(workingDirectory, program)
            switch examine(path) {
            case .executable: return path
            case .notExecutable:
                throw ProcessLaunchError(arguments: arguments, reason: "permission denied (not executable)")
            case .directory:
                throw ProcessLaunchError(arguments: arguments, reason: "\(path) is a directory")
            case .missing(let code):
                throw ProcessLaunchError(arguments: arguments, reason: "\(path): \(errorText(code))")
            }
        }

        let searchPath = environment["PATH"] ?? defaultSearchPath
        var notExecutable: String?
        for entry in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
            // An empty entry means the current directory, which for the child is its own.
            let directory = entry.isEmpty ? workingDirectory : Paths.join(workingDirectory, String(entry))
            let candidate = directory.hasSuffix("/") ? directory + program : directory + "/" + program
            switch examine(candidate) {
            case .executable: return candidate
            case .notExecutable: notExecutable = notExecutable ?? candidate
            case .directory, .missing: continue
            }
        }
        if let notExecutable {
            throw ProcessLaunchError(
                arguments: arguments, reason: "permission denied (not executable): \(notExecutable)")
        }
        throw ProcessLaunchError(arguments: arguments, reason: "not found in PATH (\(searchPath))")
    }

    private enum Candidate {
        case executable, notExecutable, directory
        case missing(errno: Int32)
    }

    private static func examine(_ path: String) -> Candidate {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing(errno: errno) }
        if info.st_mode & S_IFMT == S_IFDIR { return .directory }
        return access(path, X_OK) == 0 ? .executable : .notExecutable
    }
}
