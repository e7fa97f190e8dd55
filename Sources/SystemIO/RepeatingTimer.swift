import Glibc

/// Calls a closure at a fixed interval on its own thread until cancelled: the live terminal
/// view's redraw tick, without Foundation or Dispatch (loading those costs milliseconds of every
/// start).
public final class RepeatingTimer: Sendable {
    /// Set by `cancel`, which wakes the thread at once rather than after an interval.
    private let wakeup = TimerWakeup()

    /// Starts ticking: the first call `intervalMilliseconds` from now. Nil when no thread could
    /// be started (the view then simply does not animate).
    public init?(intervalMilliseconds: Int, _ tick: @escaping @Sendable () -> Void) {
        let wakeup = self.wakeup
        do {
            try DetachedThread.start {
                while !wakeup.wait(milliseconds: intervalMilliseconds) { tick() }
            }
        } catch {
            return nil
        }
    }

    /// Stops the ticks; none starts after this returns, though one already running finishes.
    public func cancel() {
        wakeup.signal()
    }
}

/// A pthread condition the timer thread sleeps on, so `cancel` need not wait out an interval.
private final class TimerWakeup: @unchecked Sendable {
    // @unchecked: the mutex and condition are only used through pthread calls, which serialise.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var signalled = false

    init() {
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Sleeps up to `milliseconds`; true when woken by `signal` instead.
    func wait(milliseconds: Int) -> Bool {
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let nanoseconds = Int(deadline.tv_nsec) + (milliseconds % 1000) * 1_000_000
        deadline.tv_sec += milliseconds / 1000 + nanoseconds / 1_000_000_000
        deadline.tv_nsec = nanoseconds % 1_000_000_000
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !signalled {
            if pthread_cond_timedwait(condition, mutex, &deadline) == ETIMEDOUT { return false }
        }
        return true
    }

    func signal() {
        pthread_mutex_lock(mutex)
        signalled = true
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
    }
}
