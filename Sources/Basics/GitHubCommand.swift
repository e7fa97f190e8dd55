/// GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped as GitHub
/// documents: `%`, CR and LF in every part; `:` and `,` as well in property values, where they
/// would end the value.
public enum GitHubCommand {
    public static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }

    /// One command line: `::name key=value,…::message` and a line break.
    public static func line(_ name: String, _ properties: [(String, String)] = [], message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::" + name + (list.isEmpty ? "" : " " + list) + "::" + escapeData(message) + "\n"
    }
}
