// SHA-256 (FIPS 180-4) with a run-time choice between the CPU's SHA extensions and portable C.
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Portable C compression function; available everywhere.
#define CSHA256_PORTABLE 0
/// x86-64 SHA extensions (SHA-NI); available when the CPU reports them.
#define CSHA256_SHA_NI 1

/// Incremental hashing state. Plain data: copying it forks the hash.
typedef struct csha256_context {
    uint32_t state[8];
    /// Bytes hashed so far; `length % 64` of them wait in `block`.
    uint64_t length;
    uint8_t block[64];
    /// CSHA256_PORTABLE or CSHA256_SHA_NI.
    int implementation;
} csha256_context;

/// Starts a hash with the default implementation (see csha256_default_implementation).
void csha256_init(csha256_context *context);

/// Starts a hash with `implementation`, or the portable one when that is not available here.
void csha256_init_with(csha256_context *context, int implementation);

/// Feeds `count` bytes; `data` may be NULL when `count` is 0.
void csha256_update(csha256_context *context, const void *data, size_t count);

/// Writes the digest of everything fed so far; `context` is left untouched, so hashing may go on.
void csha256_final(const csha256_context *context, uint8_t digest[32]);

/// SHA-NI when the CPU has it, unless the environment variable PIPELINE_SHA256 is "portable".
/// Decided on first use, then cached.
int csha256_default_implementation(void);

/// Whether `implementation` can run on this machine.
int csha256_implementation_available(int implementation);

/// "sha-ni" or "portable".
const char *csha256_implementation_name(int implementation);

#ifdef __cplusplus
}
#endif

#endif
