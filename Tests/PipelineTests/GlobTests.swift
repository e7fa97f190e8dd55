import Basics
import Testing
@testable import Pipeline

@Suite struct GlobTests {
    @Test(arguments: [
        ("docker/**", "docker/Dockerfile", true),
        ("docker/**", "docker/a/b/c.sh", true),
        ("docker/**", "other/Dockerfile", false),
        ("**/*.sh", "entrypoint.sh", true),
        ("**/*.sh", "a/b/entrypoint.sh", true),
        ("**/*.sh", "a/b/entrypoint.bash", false),
        ("*.sh", "a/entrypoint.sh", false),
        ("src/*.swift", "src/a.swift", true),
        ("src/*.swift", "src/.hidden.swift", false),
        ("src/.*.swift", "src/.hidden.swift", true),
        ("**", ".git/config", false),
        ("**/config", ".git/config", false),
        (".git/config", ".git/config", true),
        ("a/?.txt", "a/b.txt", true),
        ("a/?.txt", "a/bc.txt", false),
        ("a/[bc].txt", "a/c.txt", true),
        ("a/[!bc].txt", "a/c.txt", false),
        ("a/[a-c]x", "a/bx", true),
        ("a/[a-c]x", "a/dx", false),
        ("a/**/b", "a/b", true),
        ("a/**/b", "a/x/y/b", true),
        ("./out/file", "out/file", true),
        ("a*b*c", "a/b/c", false),
        ("*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", false),
        ("a/[b", "a/[b", true),
        ("docker/**", "docker", true),
        ("docker/**", "docker/.env", false),
        ("docker/**", "docker/sub/.hidden/x", false),
        ("docker/**", "dockerfile", false),
        ("docker/**", "./docker/x", true),
        ("a/b/**", "a/b/c/d", true),
        ("out/file", "out//file", true),
        ("out/file", "out/.x/../file", true),
        ("out/file", "out/file/", true),
        ("docker/**", "docker/a/../b", true),
        ("docker/**", "docker/.env/../x", true),
        ("docker/**", "docker/...", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
        // On normalized paths the general segment matcher agrees with the fast paths.
        if Paths.normalize(path) == path { #expect(Glob(pattern).matchesSegments(path) == expected) }
    }

    @Test func literalPrefixIsWhereAWalkStarts() {
        #expect(Glob("docker/**/*.sh").literalPrefix == "docker")
        #expect(Glob("out/file.txt").literalPrefix == "out")
        #expect(Glob("**/*.sh").literalPrefix == "")
        #expect(Glob("out/file.txt").isLiteral)
        #expect(!Glob("out/*.txt").isLiteral)
    }

    @Test func prunesDirectoriesThatCannotMatch() {
        let glob = Glob("docker/**/*.sh")
        #expect(glob.couldMatchBelow("docker"))
        #expect(glob.couldMatchBelow("docker/a/b"))
        #expect(!glob.couldMatchBelow("src"))
        #expect(!Glob("src/*.swift").couldMatchBelow("src/deeper"))
    }
}
