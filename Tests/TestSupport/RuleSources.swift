import Foundation

/// The checkers' rule and test files in the source tree, for the registry tests that keep
/// rules registered, documented and tested.
public enum RuleSources {
    /// The package root, found from this file's place in it.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The file names in `relative` (a folder under the package root), sorted.
    public static func files(_ relative: String) -> [String] {
        let directory = packageRoot.appendingPathComponent(relative)
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    /// The rule codes in a rules folder: its Swift file names.
    public static func codes(_ relative: String) -> [String] {
        files(relative).filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)) }
    }

    /// The first line of the first doc comment in `relative/code.swift`: the rule's message.
    public static func summary(of code: String, in relative: String) throws -> String? {
        let url = packageRoot.appendingPathComponent(relative).appendingPathComponent(code + ".swift")
        let text = try String(contentsOf: url, encoding: .utf8)
        let firstDoc = text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("///") }
        return firstDoc.map { $0.trimmingCharacters(in: .whitespaces).dropFirst(3).trimmingCharacters(in: .whitespaces) }
    }
}
