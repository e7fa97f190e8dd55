extension DockerfileRule {
    /// Invalid label key.
    ///
    /// Keys use lowercase alphanumerics, `.` and `-`, start and end with a letter or digit, have no
    /// `..` or `--`, and stay out of Docker's reserved namespaces.
    static let dl3048 = DockerfileRule(code: "DL3048", severity: .style, message: "Invalid label key.") { context, report in
        for (item, pair) in LabelSupport.labels(context) where !isValidLabelKey(pair.key) {
            report.add(item, at: pair.keySpan)
        }
    }

    static func isValidLabelKey(_ key: String) -> Bool {
        if key.contains("$") { return true }
        let reserved = ["com.docker.", "io.docker.", "org.dockerproject."]
        if reserved.contains(where: { key.hasPrefix($0) }) { return false }
        guard let first = key.first, let last = key.last, first.isLetter || first.isNumber,
              last.isLetter || last.isNumber else { return false }
        if key.contains("..") || key.contains("--") { return false }
        return key.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "-" || $0 == "_" }
    }
}
