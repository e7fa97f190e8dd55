import Basics

extension ProcessTermination {
    /// Decodes a `waitpid` status (the `WIFEXITED`/`WTERMSIG` macros are not imported into
    /// Swift). Stopped states never reach here: the runner waits for `WEXITED` only.
    init(waitStatus status: Int32) {
        let signal = status & 0x7f
        self = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}
