/// Renders an argv as a command line a user could paste into a POSIX shell.
public enum ShellQuoting {
    public static func join(_ arguments: [String]) -> String {
        arguments.map(quote).joined(separator: " ")
    }

    public static func quote(_ argument: String) -> String {
        if argument.isEmpty { return "''" }
        let safe = argument.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/", ":", "=", "@", "%", "+", ",": true
            default: false
            }
        }
        if safe { return argument }
        return "'" + argument.replacing("'", with: "'\\''") + "'"
    }
}
