// Hashes one file the way the cache will: read(2) into a 1 MiB buffer, feed each chunk.
// usage: sha256-bench FILE   (PIPELINE_SHA256=portable forces the portable implementation)
// Prints `<hex>  <implementation>`. Built by Benchmarks/sha256.sh against the release Basics.
import Basics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    fputs("usage: sha256-bench FILE\n", stderr)
    exit(2)
}
let descriptor = open(arguments[1], O_RDONLY)
guard descriptor >= 0 else {
    fputs("sha256-bench: cannot open \(arguments[1]): errno \(errno)\n", stderr)
    exit(1)
}
let chunkSize = 1 << 20
let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 64)
defer { buffer.deallocate() }

var hasher = SHA256()
while true {
    let count = read(descriptor, buffer.baseAddress, chunkSize)
    if count == 0 { break }
    if count < 0 {
        if errno == EINTR { continue }
        fputs("sha256-bench: read failed: errno \(errno)\n", stderr)
        exit(1)
    }
    hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
}
close(descriptor)
print("\(hasher.finalize().hex)  \(SHA256.implementation)")
