import Testing
@testable import Pipeline

@Suite struct DockerImageTagsTests {
    static let sha = "0123456789abcdef0123456789abcdef01234567"
    static let shaTag = "sha-0123456"

    struct Scenario: Sendable, CustomTestStringConvertible {
        var name: String
        var branch: String? = "main"
        var atHead: [String] = []
        var all: [String] = []
        var dirty = false
        var defaultBranch = "main"
        var sha = DockerImageTagsTests.sha
        var expected: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Scenario(name: "highest release gets all four", branch: nil, atHead: ["v7.0.1"], all: ["v7.0.0", "v7.0.1"],
                 expected: ["7.0.1", "7.0", "7", "latest"]),
        Scenario(name: "older minor line keeps X.Y only", branch: nil, atHead: ["v7.0.1"], all: ["v7.0.1", "v7.1.0"],
                 expected: ["7.0.1", "7.0"]),
        Scenario(name: "superseded patch gets its full version only", branch: nil, atHead: ["v7.0.1"],
                 all: ["v7.0.1", "v7.0.2"], expected: ["7.0.1"]),
        Scenario(name: "older major line keeps X.Y and X", branch: nil, atHead: ["v6.2.0"],
                 all: ["v6.1.5", "v6.2.0", "v7.0.0"], expected: ["6.2.0", "6.2", "6"]),
        Scenario(name: "minor numbers compare as numbers", branch: nil, atHead: ["v1.9.0"],
                 all: ["v1.9.0", "v1.10.0", "v2.0.0"], expected: ["1.9.0", "1.9"]),
        Scenario(name: "a newer pre-release does not count as higher", branch: nil, atHead: ["v7.0.1"],
                 all: ["v7.0.1", "v8.0.0-rc.1", "v7.0.2-rc.1"], expected: ["7.0.1", "7.0", "7", "latest"]),
        Scenario(name: "pre-release gets only its full version", branch: nil, atHead: ["v7.1.0-rc.1"],
                 all: ["v7.0.1", "v7.1.0-rc.1"], expected: ["7.1.0-rc.1"]),
        Scenario(name: "tag without v", branch: nil, atHead: ["7.0.1"], all: ["7.0.1"],
                 expected: ["7.0.1", "7.0", "7", "latest"]),
        Scenario(name: "same release tagged with and without v", branch: nil, atHead: ["v7.0.1", "7.0.1"],
                 all: ["v7.0.1", "7.0.1", "v7.0.0"], expected: ["7.0.1", "7.0", "7", "latest"]),
        Scenario(name: "release tag wins over the default branch", atHead: ["v7.0.1"], all: ["v7.0.1"],
                 expected: ["7.0.1", "7.0", "7", "latest"]),
        Scenario(name: "rc promoted to release on the same commit", branch: nil, atHead: ["v7.1.0-rc.2", "v7.1.0"],
                 all: ["v7.0.1", "v7.1.0-rc.2", "v7.1.0"], expected: ["7.1.0", "7.1", "7", "latest"]),
        Scenario(name: "build metadata cannot go into a docker tag", branch: nil, atHead: ["v1.0.0+build.5"],
                 all: ["v1.0.0+build.5"], expected: ["1.0.0", "1.0", "1", "latest"]),
        Scenario(name: "dirty tree on a tag is the branch case", atHead: ["v7.0.1"], all: ["v7.0.1"], dirty: true,
                 expected: ["edge", DockerImageTagsTests.shaTag]),
        Scenario(name: "dirty detached tag gets the sha only", branch: nil, atHead: ["v7.0.1"], all: ["v7.0.1"],
                 dirty: true, expected: [DockerImageTagsTests.shaTag]),
        Scenario(name: "default branch", expected: ["edge", DockerImageTagsTests.shaTag]),
        Scenario(name: "other default branch name", branch: "master", defaultBranch: "master", expected: ["edge", DockerImageTagsTests.shaTag]),
        Scenario(name: "main when master is the default", branch: "main", defaultBranch: "master", expected: ["main", DockerImageTagsTests.shaTag]),
        Scenario(name: "feature branch", branch: "feature/Foo_bar", expected: ["feature-Foo_bar", DockerImageTagsTests.shaTag]),
        Scenario(name: "leading dash stripped", branch: "-x", expected: ["x", DockerImageTagsTests.shaTag]),
        Scenario(name: "very long branch", branch: String(repeating: "long", count: 50),
                 expected: [String(String(repeating: "long", count: 50).prefix(128)), DockerImageTagsTests.shaTag]),
        Scenario(name: "branch with nothing usable", branch: "///", expected: [DockerImageTagsTests.shaTag]),
        Scenario(name: "branch named latest cannot take latest", branch: "latest", expected: ["branch-latest", DockerImageTagsTests.shaTag]),
        Scenario(name: "branch named like a version", branch: "7.0", expected: ["branch-7.0", DockerImageTagsTests.shaTag]),
        Scenario(name: "detached without a tag", branch: nil, expected: [DockerImageTagsTests.shaTag]),
        Scenario(name: "non-release tags are ignored", atHead: ["deploy-2024", "v7.0"], all: ["deploy-2024", "v7.0"],
                 expected: ["edge", DockerImageTagsTests.shaTag]),
        Scenario(name: "uppercase sha is lowered", branch: nil, sha: "ABCDEF0123", expected: ["sha-abcdef0"]),
        Scenario(name: "no usable sha", branch: "dev", sha: "", expected: ["dev"]),
    ])
    func computesTags(_ scenario: Scenario) {
        let facts = GitFacts(sha: scenario.sha, branch: scenario.branch, tagsAtHead: scenario.atHead,
                             allTags: scenario.all, dirty: scenario.dirty)
        let tags = ImageTags.compute(facts, defaultBranch: scenario.defaultBranch)
        #expect(tags == scenario.expected)
        #expect(tags.allSatisfy(ImageReference.isValidTag))
    }

    @Test func acceptsNewReleaseVersions() throws {
        #expect(try ImageTags.validateReleaseVersion("7.0.1", existingTags: []).description == "7.0.1")
        #expect(try ImageTags.validateReleaseVersion("v7.0.2", existingTags: ["v7.0.1"]).description == "7.0.2")
        #expect(try ImageTags.validateReleaseVersion("7.0.1", existingTags: ["v7.0.1-rc.1"]).description == "7.0.1")
    }

    @Test(arguments: [
        ("7.0", [String](), "not a valid release version"),
        ("release-7", [], "not a valid release version"),
        ("7.0.1", ["v7.0.1"], "exists already as tag 'v7.0.1'"),
        ("v7.0.1", ["7.0.1", "7.0.3"], "the highest release is 7.0.3"),
        ("7.1.0-rc.1", ["v7.1.0-rc.1"], "exists already"),
    ])
    func refusesBadOrExistingVersions(text: String, existing: [String], fragment: String) {
        #expect {
            try ImageTags.validateReleaseVersion(text, existingTags: existing)
        } throws: { error in
            (error as? ReleaseError)?.description.contains(fragment) == true
        }
    }
}
