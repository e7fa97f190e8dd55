/// What the tag rules need to know about the git checkout; gathered by the executor.
public struct GitFacts: Sendable, Hashable {
    /// The full commit hash of HEAD.
    public var sha: String
    /// The checked-out branch, nil on a detached HEAD.
    public var branch: String?
    /// Tags pointing at HEAD (`git tag --points-at HEAD`).
    public var tagsAtHead: [String]
    /// Every tag in the repository (`git tag --list`).
    public var allTags: [String]
    /// Whether the work tree has uncommitted changes.
    public var dirty: Bool

    /// Builds the facts from their parts.
    public init(sha: String, branch: String?, tagsAtHead: [String], allTags: [String], dirty: Bool) {
        self.sha = sha
        self.branch = branch
        self.tagsAtHead = tagsAtHead
        self.allTags = allTags
        self.dirty = dirty
    }
}

/// The image tags a git state gives (release tags, branch, commit), computed from git facts alone.
///
/// - A clean checkout at a release tag (`v7.0.1` or `7.0.1`) gets `7.0.1`, then `7.0`, `7` and
///   `latest`, each only when no higher release (pre-releases aside) would claim it.
/// - A pre-release tag gets only its full version.
/// - Otherwise: `edge` on the default branch, the sanitised branch name elsewhere, then `sha-<7>`;
///   a detached HEAD gets `sha-<7>` alone. A dirty tree never gets release tags.
public enum ImageTags {
    /// Tags that always mean something else; a branch that sanitises to one is prefixed `branch-`.
    static let reservedTags: Set<String> = ["latest", "edge"]

    /// The tags for `facts`, in order: full version (or edge / branch) first, then X.Y, X, latest, sha.
    public static func compute(_ facts: GitFacts, defaultBranch: String) -> [String] {
        if !facts.dirty {
            // Several release tags on one commit (an rc promoted to the release): the highest
            // names the image. The older ones were pushed before, and push refuses to move them.
            if let version = releaseVersions(facts.tagsAtHead).max() {
                let releases = releaseVersions(facts.allTags + facts.tagsAtHead).filter { !$0.isPreRelease }
                return releaseTags(version, releases: releases)
            }
        }
        var tags: [String] = []
        if let branch = facts.branch, !branch.isEmpty, branch != "HEAD" {
            if branch == defaultBranch {
                tags.append("edge")
            } else if case let name = branchTag(branch), !name.isEmpty {
                tags.append(name)
            }
        }
        if let sha = shaTag(facts.sha) { tags.append(sha) }
        return tags
    }

    /// `X.Y.Z`, then `X.Y` / `X` / `latest` when this version is the highest of `releases` in that
    /// series; a pre-release gets its full version only.
    static func releaseTags(_ version: SemanticVersion, releases: [SemanticVersion]) -> [String] {
        var tags = [version.tagText]
        guard !version.isPreRelease else { return tags }
        if !releases.contains(where: { $0.major == version.major && $0.minor == version.minor && $0 > version }) {
            tags.append("\(version.major).\(version.minor)")
        }
        if !releases.contains(where: { $0.major == version.major && $0 > version }) {
            tags.append("\(version.major)")
        }
        if !releases.contains(where: { $0 > version }) {
            tags.append("latest")
        }
        return tags
    }

    /// The branch as a tag; names that would pose as `latest`, `edge` or a version number get a
    /// `branch-` prefix so a branch can never overwrite a release tag.
    static func branchTag(_ branch: String) -> String {
        let tag = ImageReference.sanitizeTag(branch)
        guard !tag.isEmpty else { return "" }
        let looksLikeVersion = tag.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        } || SemanticVersion(tag) != nil
        guard reservedTags.contains(tag) || looksLikeVersion else { return tag }
        return String(("branch-" + tag).utf8.prefix(ImageReference.maximumTagLength)) ?? tag
    }

    /// `sha-` and the first 7 hex digits of the commit, nil when `sha` is not a commit hash.
    static func shaTag(_ sha: String) -> String? {
        let lowered = sha.lowercased()
        guard lowered.utf8.count >= 7, lowered.utf8.allSatisfy({
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
        }) else { return nil }
        return "sha-" + lowered.prefix(7)
    }

    /// The tags that are release versions (`vX.Y.Z` or `X.Y.Z`, pre-releases included).
    static func releaseVersions(_ tags: [String]) -> [SemanticVersion] {
        tags.compactMap { SemanticVersion($0.trimmingSpaces) }
    }

    /// Checks `text` as the version for `pipeline release`: SemVer, and no tag for it yet
    /// (`v7.0.1` and `7.0.1` are the same release). Returns the parsed version.
    @discardableResult
    public static func validateReleaseVersion(_ text: String, existingTags: [String]) throws(ReleaseError) -> SemanticVersion {
        let version: SemanticVersion
        switch SemanticVersion.parse(text) {
        case .success(let parsed): version = parsed
        case .failure(let error): throw .invalidVersion(text, reason: error.reason)
        }
        if let existing = existingTags.first(where: { SemanticVersion($0.trimmingSpaces) == version }) {
            let newest = releaseVersions(existingTags).filter { !$0.isPreRelease }.max()
            throw .tagExists(version: text, existingTag: existing, highestRelease: newest.map(\.description))
        }
        return version
    }
}

/// Why `pipeline release VERSION` refuses a version.
public enum ReleaseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not `X.Y.Z` / `vX.Y.Z` SemVer.
    case invalidVersion(String, reason: String)
    /// A tag for the same version exists already (with or without `v`).
    case tagExists(version: String, existingTag: String, highestRelease: String?)

    public var description: String {
        switch self {
        case .invalidVersion(let text, let reason):
            return "'\(text)' is not a valid release version: \(reason); write it as MAJOR.MINOR.PATCH, e.g. 7.0.1 or 7.1.0-rc.1"
        case .tagExists(let version, let existing, let highest):
            let hint = highest.map { "; the highest release is \($0), pick a version after it" } ?? "; pick another version"
            return "release \(version) exists already as tag '\(existing)'\(hint)"
        }
    }
}

extension String {
    /// Without surrounding spaces and tabs, as git tag listings sometimes carry.
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
