import Glibc

/// glibc functions that Swift's `Glibc` module hides because it is imported without
/// `_GNU_SOURCE`; they are looked up once by name instead. Each is nil when the C library
/// lacks it, and callers fall back or explain.
enum GNUExtensions {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32
    typealias AddChdir = @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?
    ) -> Int32
    typealias AddClosefrom = @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32
    ) -> Int32

    /// `O_PATH` (the same value on every Linux architecture Swift runs on): an open that only
    /// locates what it names, for `*at` calls, and needs no read permission.
    static let openPathOnly: Int32 = 0o10000000
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    /// `mallopt(3)`, which `malloc.h` declares outside the module Swift imports.
    static let mallopt: Mallopt? = symbol("mallopt", as: Mallopt.self)
    /// `mallopt`'s `M_TOP_PAD`: how much more than asked for a heap grows by.
    static let mallocTopPad: Int32 = -2
    /// `pipe2(2)`: a pipe with `O_CLOEXEC` set atomically, so no other thread's spawn can
    /// inherit it in between.
    static let pipe2: Pipe2? = symbol("pipe2", as: Pipe2.self)
    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29).
    static let addChdir: AddChdir? = symbol("posix_spawn_file_actions_addchdir_np", as: AddChdir.self)
    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34).
    static let addClosefrom: AddClosefrom? =
        symbol("posix_spawn_file_actions_addclosefrom_np", as: AddClosefrom.self)
    /// The address of `char **environ` (a raw pointer is not `Sendable`, so no stored `let`).
    static func environAddress() -> UnsafeMutableRawPointer? {
        address(of: "environ")
    }

    private static func address(of name: String) -> UnsafeMutableRawPointer? {
        // The main program's handle searches the global scope, which includes libc.
        guard let handle = dlopen(nil, RTLD_NOW) else { return nil }
        return dlsym(handle, name)
    }

    private static func symbol<F>(_ name: String, as type: F.Type) -> F? {
        guard let raw = address(of: name) else { return nil }
        return unsafeBitCast(raw, to: type)
    }
}
