import Glibc

/// The running process itself.
public enum CurrentProcess {
    /// Ends the process with `code`. Output needs no flushing: the console writes unbuffered.
    public static func exit(_ code: Int32) -> Never {
        Glibc.exit(code)
    }
}
