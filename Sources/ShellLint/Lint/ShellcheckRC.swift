/// The settings of a `.shellcheckrc` file that apply to linting: `disable=`, `enable=`, `shell=`.
public struct ShellcheckRC: Sendable, Hashable {
    public var disabled: [CodePattern] = []
    public var enabled: [String] = []
    public var shell: ShellDialect?
    /// `source-path=` entries, kept for callers that resolve sourced files.
    public var sourcePaths: [String] = []

    public init() {}

    /// Reads the file's text; unknown keys and malformed lines are ignored, as ShellCheck does.
    public static func parse(_ text: String) -> ShellcheckRC {
        var rc = ShellcheckRC()
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let content = line.trimmingShellWhitespace
            if content.hasPrefix("#") { continue }
            for field in content.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if field.hasPrefix("#") { break }
                let pair = field.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                let value = String(pair[1])
                switch pair[0] {
                case "disable":
                    rc.disabled += value.split(separator: ",").compactMap { CodePattern(String($0)) }
                case "enable":
                    rc.enabled += value.split(separator: ",").map(String.init)
                case "shell":
                    rc.shell = ShellDialect(shellName: value)
                case "source-path":
                    rc.sourcePaths.append(value)
                default:
                    continue
                }
            }
        }
        return rc
    }
}
