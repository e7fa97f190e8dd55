import Glibc

/// The running process itself.
public enum CurrentProcess {
    /// Ends the process with `code`. Output needs no flushing: the console writes unbuffered.
    public static func exit(_ code: Int32) -> Never {
        Glibc.exit(code)
    }

    /// Has malloc grow its heaps 4 MiB at a time instead of a page at a time: glibc grows a
    /// worker thread's heap with one `mprotect` per page, hundreds per run otherwise.
    public static func growHeapsInLargeSteps() {
        _ = GNUExtensions.mallopt?(GNUExtensions.mallocTopPad, 4 << 20)
    }
}
