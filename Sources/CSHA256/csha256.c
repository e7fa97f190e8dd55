// SHA-256 (FIPS 180-4). The block buffering and padding are shared; only the compression
// function differs: portable C, or the x86-64 SHA extensions chosen at run time so that the
// package builds without target flags and still runs on CPUs without them.
#include "csha256.h"

#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>
#include <cpuid.h>
#endif

static const uint32_t round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static const uint32_t initial_state[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

// MARK: Portable

// Macros rather than inline functions: debug builds compile C at -O0, where calls are not inlined.
#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
// Equivalent to the FIPS forms (x&y)^(~x&z) and (x&y)^(x&z)^(y&z), with fewer operations.
#define CH(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))
#define MAJ(x, y, z) (((x) & (y)) | ((z) & ((x) | (y))))
#define BSIG0(x) (ROTR(x, 2) ^ ROTR(x, 13) ^ ROTR(x, 22))
#define BSIG1(x) (ROTR(x, 6) ^ ROTR(x, 11) ^ ROTR(x, 25))
#define SSIG0(x) (ROTR(x, 7) ^ ROTR(x, 18) ^ ((x) >> 3))
#define SSIG1(x) (ROTR(x, 17) ^ ROTR(x, 19) ^ ((x) >> 10))
#define LOAD_BE32(p) \
    (((uint32_t)(p)[0] << 24) | ((uint32_t)(p)[1] << 16) | ((uint32_t)(p)[2] << 8) | (uint32_t)(p)[3])

// One round with the working variables renamed instead of shifted: only d and h change.
#define ROUND(a, b, c, d, e, f, g, h, t, wt)                                  \
    do {                                                                      \
        uint32_t t1 = (h) + BSIG1(e) + CH(e, f, g) + round_constants[t] + (wt); \
        (d) += t1;                                                            \
        (h) = t1 + BSIG0(a) + MAJ(a, b, c);                                   \
    } while (0)

// Fully unrolled, the ring below lives in registers (about 15% faster); a hint only.
#if defined(__clang__)
#define UNROLL _Pragma("clang loop unroll(full)")
#else
#define UNROLL
#endif

// The schedule kept as a ring of 16 words, each rewritten just before its round uses it.
#define W(t) w[(t) & 15]
#define SCHEDULE(t) (W(t) += SSIG1(W((t) - 2)) + W((t) - 7) + SSIG0(W((t) - 15)))

static void compress_portable(uint32_t state[8], const uint8_t *data, size_t blocks) {
    uint32_t w[16];
    for (; blocks > 0; blocks--, data += 64) {
        for (int t = 0; t < 16; t++) w[t] = LOAD_BE32(data + 4 * t);

        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        UNROLL for (int t = 0; t < 16; t += 8) {
            ROUND(a, b, c, d, e, f, g, h, t + 0, W(t + 0));
            ROUND(h, a, b, c, d, e, f, g, t + 1, W(t + 1));
            ROUND(g, h, a, b, c, d, e, f, t + 2, W(t + 2));
            ROUND(f, g, h, a, b, c, d, e, t + 3, W(t + 3));
            ROUND(e, f, g, h, a, b, c, d, t + 4, W(t + 4));
            ROUND(d, e, f, g, h, a, b, c, t + 5, W(t + 5));
            ROUND(c, d, e, f, g, h, a, b, t + 6, W(t + 6));
            ROUND(b, c, d, e, f, g, h, a, t + 7, W(t + 7));
        }
        UNROLL for (int t = 16; t < 64; t += 8) {
            ROUND(a, b, c, d, e, f, g, h, t + 0, SCHEDULE(t + 0));
            ROUND(h, a, b, c, d, e, f, g, t + 1, SCHEDULE(t + 1));
            ROUND(g, h, a, b, c, d, e, f, t + 2, SCHEDULE(t + 2));
            ROUND(f, g, h, a, b, c, d, e, t + 3, SCHEDULE(t + 3));
            ROUND(e, f, g, h, a, b, c, d, t + 4, SCHEDULE(t + 4));
            ROUND(d, e, f, g, h, a, b, c, t + 5, SCHEDULE(t + 5));
            ROUND(c, d, e, f, g, h, a, b, t + 6, SCHEDULE(t + 6));
            ROUND(b, c, d, e, f, g, h, a, t + 7, SCHEDULE(t + 7));
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

// MARK: SHA-NI

#if defined(__x86_64__)

// Four rounds: the message words plus their constants, two rounds per sha256rnds2.
#define SHANI_ROUNDS(words, i)                                                                     \
    do {                                                                                           \
        __m128i wk = _mm_add_epi32((words), _mm_loadu_si128((const __m128i *)&round_constants[4 * (i)])); \
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);                                              \
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E));                     \
    } while (0)

// The next four schedule words from the previous sixteen (w0 oldest).
#define SHANI_SCHEDULE(w0, w1, w2, w3) \
    _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32((w0), (w1)), _mm_alignr_epi8((w3), (w2), 4)), (w3))

__attribute__((target("sha,sse4.1")))
static void compress_shani(uint32_t state[8], const uint8_t *data, size_t blocks) {
    // Big-endian words in each 32-bit lane.
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);

    // sha256rnds2 keeps the state as ABEF and CDGH.
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; blocks--, data += 64) {
        const __m128i abef_before = abef;
        const __m128i cdgh_before = cdgh;

        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 0)), byte_swap);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16)), byte_swap);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 32)), byte_swap);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 48)), byte_swap);
        SHANI_ROUNDS(w0, 0);
        SHANI_ROUNDS(w1, 1);
        SHANI_ROUNDS(w2, 2);
        SHANI_ROUNDS(w3, 3);
        for (int i = 4; i < 16; i += 4) {
            w0 = SHANI_SCHEDULE(w0, w1, w2, w3);
            SHANI_ROUNDS(w0, i);
            w1 = SHANI_SCHEDULE(w1, w2, w3, w0);
            SHANI_ROUNDS(w1, i + 1);
            w2 = SHANI_SCHEDULE(w2, w3, w0, w1);
            SHANI_ROUNDS(w2, i + 2);
            w3 = SHANI_SCHEDULE(w3, w0, w1, w2);
            SHANI_ROUNDS(w3, i + 3);
        }

        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }

    // Back from ABEF/CDGH to A..H in memory order.
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

static int shani_supported(void) {
    // Asked with cpuid directly, when first hashing: __builtin_cpu_supports would link in
    // libgcc's CPU probe, a constructor that runs a dozen cpuid instructions (each a trap to
    // the hypervisor in a VM) at every start, hashing or not.
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    // _mm_shuffle_epi8 is SSSE3 and the blends SSE4.1; every CPU with SHA has both, but say so.
    int ssse3 = (ecx >> 9) & 1, sse41 = (ecx >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    return ssse3 && sse41 && ((ebx >> 29) & 1);
}

#endif

// MARK: Choice

int csha256_implementation_available(int implementation) {
    switch (implementation) {
    case CSHA256_PORTABLE:
        return 1;
#if defined(__x86_64__)
    case CSHA256_SHA_NI: {
        // -1 until probed; probing twice from two threads is harmless.
        static int supported = -1;
        int known = __atomic_load_n(&supported, __ATOMIC_RELAXED);
        if (known < 0) {
            known = shani_supported();
            __atomic_store_n(&supported, known, __ATOMIC_RELAXED);
        }
        return known;
    }
#endif
    default:
        return 0;
    }
}

int csha256_default_implementation(void) {
    // -1 until decided; deciding twice from two threads gives the same answer.
    static int chosen = -1;
    int known = __atomic_load_n(&chosen, __ATOMIC_RELAXED);
    if (known < 0) {
        // The override lets tests and benchmarks measure the fallback on a machine with SHA-NI.
        const char *forced = getenv("PIPELINE_SHA256");
        if (forced != NULL && strcmp(forced, "portable") == 0) {
            known = CSHA256_PORTABLE;
        } else {
            known = csha256_implementation_available(CSHA256_SHA_NI) ? CSHA256_SHA_NI : CSHA256_PORTABLE;
        }
        __atomic_store_n(&chosen, known, __ATOMIC_RELAXED);
    }
    return known;
}

const char *csha256_implementation_name(int implementation) {
    return implementation == CSHA256_SHA_NI ? "sha-ni" : "portable";
}

// MARK: Buffering and padding

static void compress(csha256_context *context, const uint8_t *data, size_t blocks) {
#if defined(__x86_64__)
    if (context->implementation == CSHA256_SHA_NI) {
        compress_shani(context->state, data, blocks);
        return;
    }
#endif
    compress_portable(context->state, data, blocks);
}

void csha256_init_with(csha256_context *context, int implementation) {
    memcpy(context->state, initial_state, sizeof initial_state);
    context->length = 0;
    memset(context->block, 0, sizeof context->block);
    context->implementation =
        csha256_implementation_available(implementation) ? implementation : CSHA256_PORTABLE;
}

void csha256_init(csha256_context *context) {
    csha256_init_with(context, csha256_default_implementation());
}

void csha256_update(csha256_context *context, const void *data, size_t count) {
    // memcpy from NULL is undefined even for zero bytes.
    if (count == 0) return;
    const uint8_t *bytes = data;
    size_t pending = (size_t)(context->length % 64);
    context->length += count;

    if (pending > 0) {
        size_t take = 64 - pending < count ? 64 - pending : count;
        memcpy(context->block + pending, bytes, take);
        bytes += take;
        count -= take;
        if (pending + take < 64) return;
        compress(context, context->block, 1);
    }
    // Whole blocks straight from the caller's buffer: no copy on the hot path.
    size_t blocks = count / 64;
    if (blocks > 0) {
        compress(context, bytes, blocks);
        bytes += blocks * 64;
        count -= blocks * 64;
    }
    if (count > 0) memcpy(context->block, bytes, count);
}

void csha256_final(const csha256_context *context, uint8_t digest[32]) {
    // Pad a copy, so the caller may keep feeding the original.
    csha256_context last = *context;
    size_t pending = (size_t)(last.length % 64);
    uint64_t bits = last.length * 8;

    last.block[pending++] = 0x80;
    if (pending > 56) {
        memset(last.block + pending, 0, 64 - pending);
        compress(&last, last.block, 1);
        pending = 0;
    }
    memset(last.block + pending, 0, 56 - pending);
    for (int i = 0; i < 8; i++) last.block[56 + i] = (uint8_t)(bits >> (56 - 8 * i));
    compress(&last, last.block, 1);

    for (int i = 0; i < 8; i++) {
        digest[4 * i + 0] = (uint8_t)(last.state[i] >> 24);
        digest[4 * i + 1] = (uint8_t)(last.state[i] >> 16);
        digest[4 * i + 2] = (uint8_t)(last.state[i] >> 8);
        digest[4 * i + 3] = (uint8_t)last.state[i];
    }
}
