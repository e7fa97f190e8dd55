import Foundation
import Testing
import TestSupport
@testable import SupervisorLint

/// Every rule file is registered, documented with its message and has a test file.
@Suite struct RuleRegistryTests {

    @Test func everyCodeIsRegisteredOnce() {
        let registered = SupervisorLinter.rules.map(\.code)
        #expect(registered == (2001...2018).map { "PL\($0)" })
        #expect(Set(registered).count == registered.count)
        #expect(!registered.contains(SupervisorLinter.syntaxErrorCode))
    }

    @Test func everyRuleFileIsRegistered() {
        #expect(RuleSources.codes("Sources/SupervisorLint/Rules") == SupervisorLinter.rules.map(\.code))
    }

    @Test func everyRuleHasATestFile() {
        let tests = Set(RuleSources.files("Tests/SupervisorLintTests/Rules"))
        for rule in SupervisorLinter.rules {
            #expect(tests.contains("\(rule.code)Tests.swift"), "no tests for \(rule.code)")
        }
    }

    @Test func docCommentStartsWithTheMessage() throws {
        for rule in SupervisorLinter.rules {
            #expect(try RuleSources.summary(of: rule.code, in: "Sources/SupervisorLint/Rules") == rule.message, "\(rule.code)")
        }
    }

    @Test(arguments: [
        ("PL2001", "error"), ("PL2002", "error"), ("PL2003", "error"), ("PL2004", "warning"), ("PL2005", "error"),
        ("PL2006", "warning"), ("PL2007", "warning"), ("PL2008", "warning"), ("PL2009", "error"), ("PL2010", "warning"),
        ("PL2011", "error"), ("PL2012", "warning"), ("PL2013", "error"), ("PL2014", "error"), ("PL2015", "error"),
        ("PL2016", "error"), ("PL2017", "error"), ("PL2018", "error"),
    ])
    func severities(_ code: String, _ level: String) {
        #expect(SupervisorLinter.rules.first { $0.code == code }?.severity.rawValue == level)
    }
}
