import Foundation
import Testing
import TestSupport
@testable import DockerfileLint

/// Every rule file is registered, documented with its message and has a test file.
@Suite struct RuleRegistryTests {

    /// Every code issue 5 asks for, plus the project's own.
    static let expectedCodes: [String] = {
        var codes = ["DL1001"]
        codes += (3000...3004).map { "DL\($0)" }
        codes += (3006...3016).map { "DL\($0)" }
        codes += (3018...3030).map { "DL\($0)" }
        codes += (3032...3038).map { "DL\($0)" }
        codes += (3040...3067).map { "DL\($0)" }
        codes += ["DL4000", "DL4001", "DL4003", "DL4004", "DL4005", "DL4006"]
        codes += ["PL1001", "PL1002", "PL1003", "PL1004"]
        return codes
    }()

    @Test func everyCodeIsRegisteredOnce() {
        let registered = DockerfileLinter.rules.map(\.code)
        #expect(registered == Self.expectedCodes)
        #expect(Set(registered).count == registered.count)
    }

    @Test func everyRuleFileIsRegistered() {
        #expect(RuleSources.codes("Sources/DockerfileLint/Rules") == DockerfileLinter.rules.map(\.code))
    }

    @Test func everyRuleHasATestFile() {
        let tests = Set(RuleSources.files("Tests/DockerfileLintTests/Rules"))
        for rule in DockerfileLinter.rules {
            #expect(tests.contains("\(rule.code)Tests.swift"), "no tests for \(rule.code)")
        }
    }

    @Test func docCommentStartsWithTheMessage() throws {
        for rule in DockerfileLinter.rules {
            #expect(try RuleSources.summary(of: rule.code, in: "Sources/DockerfileLint/Rules") == rule.message, "\(rule.code)")
        }
    }

    @Test func offByDefault() {
        let off = DockerfileLinter.rules.filter { !$0.isEnabledByDefault }.map(\.code)
        #expect(off == ["DL1001", "DL3057", "DL3063"])
    }

    @Test(arguments: [
        ("DL3000", "error"), ("DL3002", "warning"), ("DL3008", "warning"), ("DL3009", "info"), ("DL3048", "style"),
        ("DL3059", "info"), ("DL4000", "error"), ("DL4006", "warning"), ("DL3020", "error"), ("DL3047", "info"),
    ])
    func severitiesMatchHadolint(_ code: String, _ level: String) {
        #expect(DockerfileLinter.rules.first { $0.code == code }?.severity.rawValue == level)
    }
}
