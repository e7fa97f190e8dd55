import Testing
@testable import Pipeline

@Suite struct DockerSemanticVersionTests {
    @Test(arguments: [
        ("1.2.3", "1.2.3"),
        ("v1.2.3", "1.2.3"),
        ("0.0.0", "0.0.0"),
        ("1.0.0-rc.1", "1.0.0-rc.1"),
        ("1.0.0-alpha+001", "1.0.0-alpha+001"),
        ("1.0.0+20130313144700", "1.0.0+20130313144700"),
        ("1.0.0-x-y-z.--", "1.0.0-x-y-z.--"),
        ("v10.20.30-beta.0.a1", "10.20.30-beta.0.a1"),
    ])
    func parsesVersions(text: String, canonical: String) throws {
        let version = try #require(SemanticVersion(text))
        #expect(version.description == canonical)
    }

    @Test(arguments: [
        ("1.2", "three numbers"),
        ("1", "three numbers"),
        ("1.2.3.4", "three numbers"),
        ("", "three numbers"),
        ("v", "three numbers"),
        ("01.2.3", "leading zero"),
        ("1.02.3", "leading zero"),
        ("1.2.3-", "pre-release identifier ''"),
        ("1.2.3-01", "leading zero"),
        ("1.2.3-rc..1", "pre-release identifier ''"),
        ("1.2.3+", "build metadata"),
        ("1.2.3-rc.1+bu ild", "build metadata"),
        ("a.b.c", "not a number"),
        (" 1.2.3", "not a number"),
        ("V1.2.3", "not a number"),
        ("99999999999999999999.0.0", "too large"),
    ])
    func rejectsNonSemVer(text: String, reason: String) {
        guard case .failure(let error) = SemanticVersion.parse(text) else {
            Issue.record("\(text) parsed")
            return
        }
        #expect(error.reason.contains(reason), "\(error)")
    }

    /// The chain from the SemVer 2.0.0 specification, §11, plus numeric parts compared as numbers.
    @Test func precedenceFollowsTheSpecification() throws {
        let chain = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                     "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.9.0", "1.10.0", "2.0.0", "2.1.0", "2.1.1"]
        let versions = try chain.map { try #require(SemanticVersion($0)) }
        for (lower, higher) in zip(versions, versions.dropFirst()) {
            #expect(lower < higher, "\(lower) < \(higher)")
            #expect(!(higher < lower))
        }
        #expect(versions.shuffled().sorted() == versions)
    }

    @Test func buildMetadataIsIgnoredInPrecedence() throws {
        let a = try #require(SemanticVersion("1.0.0+a"))
        let b = try #require(SemanticVersion("v1.0.0+b"))
        #expect(a == b)
        #expect(!(a < b) && !(b < a))
        #expect(Set([a, b]).count == 1)
        #expect(a.tagText == "1.0.0")
    }

    @Test func hugeNumericPreReleaseIdentifiersCompareAsNumbers() throws {
        let small = try #require(SemanticVersion("1.0.0-rc.2"))
        let huge = try #require(SemanticVersion("1.0.0-rc.99999999999999999999"))
        #expect(small < huge)
        #expect(try #require(SemanticVersion("1.0.0-rc.1")) < #require(SemanticVersion("1.0.0-rc.a")))
    }
}
