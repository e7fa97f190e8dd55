import Testing
@testable import Pipeline

@Suite struct DockerIgnoreTests {
    /// (.dockerignore text, context-relative file, excluded by the engine?), as Docker decides it
    /// with BuildKit's sender.
    @Test(arguments: [
        // `*` and `?` stay within one path segment; a matched directory takes its contents along.
        ("*", "a.txt", true),
        ("*", "dir/file", true),
        ("*.md", "README.md", true),
        ("*.md", "docs/guide.md", false),
        ("?", "a", true),
        ("?", "ab", false),
        ("file?.txt", "file1.txt", true),
        ("file?.txt", "file/.txt", false),
        ("temp?", "temp1/file", true),
        ("*/temp*", "somedir/temporary.txt", true),
        ("*/*/temp*", "somedir/subdir/temporary.txt", true),
        ("*/temp*", "temporary.txt", false),
        // `**` spans any number of directories, including none.
        ("**/*.md", "docs/guide.md", true),
        ("**/*.md", "README.md", true),
        ("**/*.go", "a/b/c/main.go", true),
        ("**/*.go", "main.go.txt", false),
        ("**", "anything/deep/file", true),
        ("**/node_modules", "web/node_modules/x/y.js", true),
        ("**/.git", ".git/config", true),
        ("docs/**", "docs/a/b.txt", true),
        ("docs/**", "docs", false),
        ("docs/**", "docsx/a", false),
        ("a/**/b", "a/b", true),
        ("a/**/b", "a/x/y/b", true),
        ("a/**/b", "a/x/yb", false),
        // Docker's suffix shortcut: `**foo` is "ends with foo", not "a segment named foo".
        ("**foo", "barfoo", true),
        // Classes: ranges and `^` negation; `!` is a literal inside a class (Go's rules).
        ("[abc].txt", "b.txt", true),
        ("[a-c].txt", "d.txt", false),
        ("[^a].txt", "a.txt", false),
        ("[^a].txt", "b.txt", true),
        ("[!a].txt", "!.txt", true),
        ("[!a].txt", "b.txt", false),
        ("[\\]]x", "]x", true),
        // Escapes; Docker hands `\d` to Go's regexp, where it is a digit.
        ("\\*.txt", "*.txt", true),
        ("\\*.txt", "a.txt", false),
        ("\\#file", "#file", true),
        ("a\\ b", "a b", true),
        ("\\d.txt", "5.txt", true),
        ("\\d.txt", "d.txt", false),
        ("^a", "^a", true),
        // Cleaning: leading `/`, `./`, trailing `/`, doubled `/`, `..`, surrounding space.
        ("/build", "build/out.o", true),
        ("./build", "build", true),
        ("build/", "build/out.o", true),
        ("a//b", "a/b", true),
        ("a/../b", "b", true),
        ("  *.md  ", "a.md", true),
        ("/", "anything", false),
        // Comments only at column 1; blank lines ignored.
        ("# comment\n\n*.log", "x.log", true),
        ("# secret", "# secret", false),
        ("  # not a comment", "# not a comment", true),
        // A pattern names a path and everything below it, never a mere prefix of a name.
        ("foo", "foo/bar", true),
        ("foo", "foobar", false),
        ("foo/bar", "foo/bar/baz.txt", true),
        // Exceptions: last match wins.
        ("*.log\n!important.log", "important.log", false),
        ("*.log\n!important.log\nimportant.log", "important.log", true),
        ("*.log\n! important.log", "important.log", false),
        ("docs\n!docs/keep.md", "docs/keep.md", false),
        ("docs\n!docs/keep.md", "docs/other.md", true),
        ("!docs/keep.md\ndocs", "docs/keep.md", true),
        ("*.md\n!README*.md", "README-dev.md", false),
        ("*\n!src", "src/main.swift", false),
        ("*\n!src\nsrc/*.tmp", "src/a.tmp", true),
        ("docs\n!**/*.md", "docs/x.md", false),
        // An exception naming something outside the excluded directory cannot reach into it.
        ("docs\n!keep.md", "docs/keep.md", true),
        // Docker's walk: `!a` was skipped for `a` (nothing to undo yet), so `a/b`'s contents stay out.
        ("a/b\n!a", "a/b/c", true),
        ("a/b\n!a", "a/x", false),
        // The rules apply to the Dockerfile too; contextFiles sends it anyway.
        ("Dockerfile\n.dockerignore", "Dockerfile", true),
        ("", "anything", false),
        ("\u{FEFF}*.tmp\r\nkeep\r\n", "x.tmp", true),
    ])
    func matches(patterns: String, path: String, excluded: Bool) throws {
        let ignore = try DockerIgnore(text: patterns)
        #expect(ignore.isExcluded(path) == excluded, "\(patterns.debugDescription) on \(path)")
    }

    @Test func patternsAreCleanedLikeDockerDoes() throws {
        let ignore = try DockerIgnore(text: "./a/\n/b\na//c\n!./d/\n  e  \n#x\n\n! f\n../g\n")
        #expect(ignore.patterns.map(\.description) == ["a", "b", "a/c", "!d", "e", "!f", "../g"])
    }

    /// The classic builder only enters an excluded directory that an exception literally names.
    @Test func classicBuilderSkipsExcludedDirectoriesSooner() throws {
        let ignore = try DockerIgnore(text: "docs\n!**/*.md")
        #expect(!ignore.isExcluded("docs/x.md", sender: .buildKit))
        #expect(ignore.isExcluded("docs/x.md", sender: .classic))
        let literal = try DockerIgnore(text: "docs\n!docs/keep.md")
        #expect(!literal.isExcluded("docs/keep.md", sender: .classic))
    }

    @Test func dockerfileAndDockerignoreAreAlwaysSent() throws {
        let files = ["Dockerfile", ".dockerignore", "src/a.swift", "docs/x.md", "README.md", "build/out.o"]
        let ignore = try DockerIgnore(text: "**\n!src/**")
        #expect(DockerIgnore.contextFiles(allFiles: files, dockerignore: ignore, dockerfile: "Dockerfile")
            == [".dockerignore", "Dockerfile", "src/a.swift"])

        let nested = ["build/Dockerfile.prod", "build/out.o", "main.c"]
        let excludeBuild = try DockerIgnore(text: "build")
        #expect(DockerIgnore.contextFiles(allFiles: nested, dockerignore: excludeBuild, dockerfile: "./build/Dockerfile.prod")
            == ["build/Dockerfile.prod", "main.c"])
    }

    @Test func withoutDockerignoreEverythingIsSentSorted() {
        #expect(DockerIgnore.contextFiles(allFiles: ["b", "./a", "B", "a/c"], dockerignore: nil, dockerfile: "Dockerfile")
            == ["B", "a", "a/c", "b"])
    }

    @Test(arguments: [
        ("[", 1, "not closed"),
        ("ok\n\n[abc", 3, "not closed"),
        ("# comment\n!", 2, "'!' alone"),
        ("a[]b", 1, "empty character class"),
        ("a[-z]", 1, "'-' must sit between"),
        ("a[a-]", 1, "empty character class"),
        ("[z-a]", 1, "reversed"),
        ("abc\\", 1, "trailing '\\'"),
        ("\\q", 1, "not a plain escape"),
        ("[*]", 1, "escape it as '\\*'"),
        ("[[:alpha:]]", 1, "POSIX"),
    ])
    func malformedPatternsNameTheirLine(text: String, line: Int, fragment: String) {
        #expect {
            try DockerIgnore(text: text)
        } throws: { error in
            guard let error = error as? DockerIgnoreError else { return false }
            return error.line == line && error.description.contains(fragment) && error.description.hasPrefix("line \(line): ")
        }
    }

    @Test func manyStarsStayFast() throws {
        let ignore = try DockerIgnore(text: "*a*a*a*a*a*a*a*a*a*a*b\n**/**/**/**/**/x")
        #expect(!ignore.isExcluded(String(repeating: "a", count: 200)))
        #expect(!ignore.isExcluded(Array(repeating: "d", count: 60).joined(separator: "/") + "/y"))
    }
}
