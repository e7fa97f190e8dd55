import Foundation
import Testing
@testable import ShellLint

/// Every rule file is registered, documented, and has a test file (as swift-format checks).
@Suite struct RuleRegistryTests {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let rulesDirectory = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ShellLint/Rules")

    static func names(in directory: URL, suffix: String) throws -> Set<String> {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return Set(files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) })
    }

    @Test func everyRuleFileIsRegistered() throws {
        let files = try Self.names(in: Self.rulesDirectory, suffix: ".swift")
        let registered = Set(RuleRegistry.all.map(\.code))
        #expect(files == registered)
        #expect(registered.count == RuleRegistry.all.count, "a rule is registered twice")
    }

    @Test func everyRuleHasATestFile() throws {
        let tests = try Self.names(in: Self.testsDirectory.appendingPathComponent("Rules"), suffix: "Tests.swift")
        let missing = Set(RuleRegistry.all.map(\.code)).subtracting(tests)
        #expect(missing.isEmpty, "rules without tests: \(missing.sorted())")
    }

    @Test func everyRuleIsDocumentedWithItsMessage() throws {
        for rule in RuleRegistry.all {
            let source = try String(contentsOf: Self.rulesDirectory.appendingPathComponent("\(rule.code).swift"),
                                    encoding: .utf8)
            let firstDoc = source.split(separator: "\n").first { $0.hasPrefix("///") }
            #expect(firstDoc.map { String($0.dropFirst(4)) } == rule.summary, "\(rule.code)")
            #expect(source.contains("struct \(rule.code): ShellRule"), "\(rule.code)")
        }
    }

    @Test func codesAreShellCheckCodes() {
        for rule in ShellLinter.rules {
            #expect(rule.code.hasPrefix("SC") && rule.code.count == 6 && Int(rule.code.dropFirst(2)) != nil)
        }
    }
}
