extension DockerfileRule {
    /// `ADD <url>` without `--checksum`: the download is not verified
    ///
    /// BuildKit checks `--checksum=sha256:…` before using the file, so a changed or tampered
    /// download fails the build instead of ending up in the image.
    static let pl1002 = DockerfileRule(
        code: "PL1002", severity: .warning, message: "`ADD <url>` without `--checksum`: the download is not verified"
    ) { context, report in
        for item in context.instructions where item.kind == .add && item.instruction.flag("checksum") == nil {
            for word in item.instruction.words.dropLast() where word.value.lowercased().hasPrefix("http://")
                || word.value.lowercased().hasPrefix("https://") {
                report.add(item, at: word.span)
            }
        }
    }
}
