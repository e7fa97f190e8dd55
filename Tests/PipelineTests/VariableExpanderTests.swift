import Testing
@testable import Pipeline

@Suite struct VariableExpanderTests {
    let expander = VariableExpander(
        overrides: ["A": "from-set"],
        environment: ["A": "from-env", "B": "from-env", "TOKEN": "s3cr3t"],
        rawVars: ["A": "from-vars", "B": "from-vars", "C": "from-vars", "NESTED": "${C}-and-${GIT_SHA}", "EMPTY": ""],
        builtins: ["A": "builtin", "GIT_SHA": "abc123", "D": "builtin"],
        secrets: ["TOKEN", "UNSET_SECRET"])

    @Test(arguments: [
        ("${A}", "from-set"),
        ("${B}", "from-env"),
        ("${C}", "from-vars"),
        ("${D}", "builtin"),
        ("x${C}y${D}z", "xfrom-varsybuiltinz"),
        ("${NESTED}", "from-vars-and-abc123"),
        ("${MISSING:-fallback}", "fallback"),
        ("${EMPTY:-fallback}", "fallback"),
        ("${C:-fallback}", "from-vars"),
        ("${MISSING:-${C}}", "from-vars"),
        ("${MISSING:-}", ""),
        ("$${C}", "${C}"),
        ("echo $HOME $1 $", "echo $HOME $1 $"),
        ("${TOKEN}", "s3cr3t"),
    ])
    func expands(text: String, expected: String) throws {
        var trace = VariableExpander.Trace()
        #expect(try expander.expand(text, trace: &trace) == expected)
        #expect(trace.missingSecrets.isEmpty)
    }

    @Test(arguments: [
        ("${MISSING}", VariableExpander.Failure.undefined("MISSING")),
        ("${}", .malformed("${}")),
        ("${A", .malformed("${A (missing '}')")),
        ("${1A}", .malformed("${1")),
        ("${A:+x}", .malformed("${A: (only ${NAME} and ${NAME:-default} are supported)")),
    ])
    func fails(text: String, failure: VariableExpander.Failure) {
        var trace = VariableExpander.Trace()
        #expect(throws: failure) { try expander.expand(text, trace: &trace) }
    }

    @Test func traceRecordsEveryNameUsedThroughOtherVars() throws {
        var trace = VariableExpander.Trace()
        _ = try expander.expand("${NESTED} ${MISSING:-x}", trace: &trace)
        #expect(trace.referenced == ["NESTED": "from-vars-and-abc123", "C": "from-vars", "GIT_SHA": "abc123"])
    }

    @Test func detectsLoopsBetweenVars() {
        let looping = VariableExpander(rawVars: ["X": "${Y}", "Y": "a${X}"])
        var trace = VariableExpander.Trace()
        #expect(throws: VariableExpander.Failure.cycle(["X", "Y", "X"])) { try looping.expand("${X}", trace: &trace) }
    }

    @Test func unsetSecretsAreCollectedNotFatal() throws {
        var trace = VariableExpander.Trace()
        #expect(try expander.expand("pw=${UNSET_SECRET}", trace: &trace) == "pw=")
        #expect(trace.missingSecrets == ["UNSET_SECRET"])
    }

    @Test func anUnsetSecretWithADefaultIsNotMissing() throws {
        var trace = VariableExpander.Trace()
        #expect(try expander.expand("${UNSET_SECRET:-dev-only}", trace: &trace) == "dev-only")
        #expect(trace.missingSecrets.isEmpty)
    }

    @Test func secretsNeverComeFromVarsOrOverrides() throws {
        let shadowed = VariableExpander(overrides: ["S": "set"], environment: [:], rawVars: ["S": "var"], secrets: ["S"])
        var trace = VariableExpander.Trace()
        #expect(try shadowed.expand("${S}", trace: &trace) == "")
        #expect(trace.missingSecrets == ["S"])
    }
}

/// Expansion is bounded in size and depth, and a var used twice is expanded once.
@Suite struct VariableExpansionBoundsTests {
    /// `V0=${V1}${V1}`, …, `V40=x`: 2^40 characters if nothing stopped it.
    static let doubling = Dictionary(uniqueKeysWithValues: (0..<40).map { ("V\($0)", "${V\($0 + 1)}${V\($0 + 1)}") } + [("V40", "x")])

    @Test func doublingChainStopsAtTheLengthLimitNamingTheVariable() throws {
        let expander = VariableExpander(rawVars: Self.doubling)
        var trace = VariableExpander.Trace()
        #expect(throws: VariableExpander.Failure.tooLarge("V20")) { try expander.expand("${V0}", trace: &trace) }
        // Twenty levels make exactly the limit, which is allowed.
        #expect(try expander.expand("${V20}", trace: &trace).count == VariableExpander.maximumLength)
        #expect(trace.referenced.count == 21)
    }

    @Test func longChainsAndNestedDefaultsStopAtTheDepthLimit() throws {
        let chain = Dictionary(uniqueKeysWithValues: (0..<200).map { ("C\($0)", "${C\($0 + 1)}") } + [("C200", "end")])
        let expander = VariableExpander(rawVars: chain)
        var trace = VariableExpander.Trace()
        #expect(throws: VariableExpander.Failure.tooDeep("C64")) { try expander.expand("${C0}", trace: &trace) }
        #expect(try expander.expand("${C140}", trace: &trace) == "end")
        let nested = String(repeating: "${U:-", count: 100) + "x" + String(repeating: "}", count: 100)
        #expect(throws: VariableExpander.Failure.tooDeep("U")) { try expander.expand(nested, trace: &trace) }
        let shallow = String(repeating: "${U:-", count: 10) + "x" + String(repeating: "}", count: 10)
        #expect(try expander.expand(shallow, trace: &trace) == "x")
    }

    @Test func aVarUsedTwiceRecordsWhatItNeedsBothTimes() throws {
        let expander = VariableExpander(environment: [:], rawVars: ["A": "${S}${B}", "B": "b"], secrets: ["S"])
        var trace = VariableExpander.Trace()
        #expect(try expander.expand("${A}-${A}-${B}", trace: &trace) == "b-b-b")
        #expect(trace.referenced == ["A": "b", "B": "b", "S": ""])
        #expect(trace.missingSecrets == ["S"])
    }
}

@Suite struct DurationValueTests {
    @Test(arguments: [("300s", 300_000), ("5m", 300_000), ("1m30s", 90_000), ("250ms", 250), ("1h", 3_600_000), ("2h5m10s", 7_510_000),
                      ("1h30m", 5_400_000), ("30d", 2_592_000_000), ("2w", 1_209_600_000), ("0000000000001s", 1000),
                      ("106751d", 9_223_286_400_000)])
    func parses(text: String, milliseconds: Int) {
        #expect(DurationValue(parsing: text)?.milliseconds == milliseconds)
    }

    /// Malformed, or longer than 2^63 nanoseconds (292 years), which every caller could overflow on.
    @Test(arguments: ["", "5", "s", "5 m", "5x", "m5", "-5s", "1.5s", "5ss", "999999999999d", "107000d", "15251w",
                      "9223372036854775807ms", "99999999999999999999s", "100000d100000d", "5mm", "1h 30m", "٣s"])
    func rejects(text: String) {
        #expect(DurationValue(parsing: text) == nil)
    }
}
