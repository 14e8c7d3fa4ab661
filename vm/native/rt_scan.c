/* Searching in strings: find, rfind, index, count, startswith, endswith
   (docs/lowlevel.md), and the scans that split and replace use
   (rt_str.c).  Narrow strings are scanned sixteen bytes at a time with
   SSE2 (every x86-64 has it; other targets take the scalar loops). */
#define _GNU_SOURCE
#include "rt.h"
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#define SCAN_SIMD 1
#endif

#define NN(p, a) do { if (!(p)) rt_null(a); } while (0)
#define CW(s) ((s)->wide ? 4 : 1)   /* bytes per code point */

/* does sub occur in s at i (i + sub->len <= s->len)? */
static int match_at(const Str *s, int64_t i, const Str *sub) {
    if (s->wide == sub->wide) return memcmp(s->data + i * CW(s), sub->data, (size_t)sub->len * CW(s)) == 0;
    for (int64_t j = 0; j < sub->len; j++) if (rt_ch(s, i + j) != rt_ch(sub, j)) return 0;
    return 1;
}


/* first i in [0, n - m] where the m >= 2 bytes at q occur in p, or -1.
   A candidate must match q's first and last bytes (both tested for
   sixteen positions at once), so frequent first bytes cost little. */
static int64_t find_bytes(const unsigned char *p, int64_t n, const unsigned char *q, int64_t m) {
    if (m > 64) {       /* long needles: glibc's two-way search is linear */
        const unsigned char *hit = memmem(p, (size_t)n, q, (size_t)m);
        return hit ? (int64_t)(hit - p) : -1;
    }
    int64_t i = 0, last = n - m;      /* candidates are 0..last */
#ifdef SCAN_SIMD
    const __m128i first = _mm_set1_epi8((char)q[0]), final = _mm_set1_epi8((char)q[m - 1]);
    for (; i + 15 <= last; i += 16) {
        __m128i a = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(p + i + m - 1));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, final)));
        while (mask) {
            int64_t j = i + __builtin_ctz(mask);
            if (m <= 18 ? same_upto16(p + j + 1, q + 1, m - 2) : memcmp(p + j + 1, q + 1, (size_t)m - 2) == 0) return j;
            mask &= mask - 1;
        }
    }
#endif
    for (; i <= last; i++)
        if (p[i] == q[0] && p[i + m - 1] == q[m - 1] && memcmp(p + i + 1, q + 1, (size_t)m - 2) == 0) return i;
    return -1;
}

static inline int popcount16(unsigned x) {
    x = x - ((x >> 1) & 0x5555); x = (x & 0x3333) + ((x >> 2) & 0x3333);
    x = (x + (x >> 4)) & 0x0f0f; return (int)((x + (x >> 8)) & 0x1f);
}

/* occurrences of the two different bytes q[0] q[1] in p[0..n): they
   cannot overlap, so every position that matches counts, sixteen
   positions at a time without a branch per hit */
static int64_t count_pair(const unsigned char *p, int64_t n, const unsigned char *q) {
    int64_t k = 0, i = 0;
#ifdef SCAN_SIMD
    const __m128i a = _mm_set1_epi8((char)q[0]), b = _mm_set1_epi8((char)q[1]);
    for (; i + 17 <= n; i += 16) {
        __m128i x = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), a);
        __m128i y = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 1)), b);
        k += popcount16((unsigned)_mm_movemask_epi8(_mm_and_si128(x, y)));
    }
#endif
    for (; i + 1 < n; i++) k += p[i] == q[0] && p[i + 1] == q[1];
    return k;
}

/* how many times byte c occurs in p[0..n) */
int64_t rt_scan_count_byte(const unsigned char *p, int64_t n, unsigned char c) {
    int64_t k = 0, i = 0;
#ifdef SCAN_SIMD
    /* per-byte counters (a match is -1, subtracted), summed every 255 blocks */
    const __m128i v = _mm_set1_epi8((char)c), zero = _mm_setzero_si128();
    while (i + 16 <= n) {
        __m128i acc = zero;
        for (int b = 0; b < 255 && i + 16 <= n; b++, i += 16)
            acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), v));
        __m128i sum = _mm_sad_epu8(acc, zero);
        k += _mm_cvtsi128_si64(sum) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sum, sum));
    }
#endif
    for (; i < n; i++) k += p[i] == c;
    return k;
}

/* Every non-overlapping occurrence of the narrow sub (len >= 1) in the
   narrow s, left to right, in batches: hits() writes up to RT_HITS_BATCH
   positions, continuing where the last batch stopped (*at), and returns
   how many (0 at the end).  Within a block of sixteen candidates the scan
   goes on after a hit instead of starting a new search. */
int64_t rt_scan_hits(const Str *s, const Str *sub, int64_t *at, int64_t *out) {
    const unsigned char *p = s->data, *q = sub->data;
    int64_t m = sub->len, last = s->len - m, i = *at, k = 0;
    if (m > 64) {
        while (k < RT_HITS_BATCH && i <= last) {
            const unsigned char *hit = memmem(p + i, (size_t)(s->len - i), q, (size_t)m);
            if (!hit) { i = last + 1; break; }
            out[k++] = hit - p;
            i = hit - p + m;
        }
        *at = i;
        return k;
    }
#ifdef SCAN_SIMD
    const __m128i first = _mm_set1_epi8((char)q[0]), final = _mm_set1_epi8((char)q[m - 1]);
    while (i + 15 <= last) {
        __m128i a = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(p + i + m - 1));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, final)));
        int64_t next = i + 16;
        while (mask) {
            int64_t j = i + __builtin_ctz(mask);
            if (m <= 2 || (m <= 18 ? same_upto16(p + j + 1, q + 1, m - 2) : memcmp(p + j + 1, q + 1, (size_t)m - 2) == 0)) {
                out[k++] = j;
                next = j + m;
                if (k == RT_HITS_BATCH) { *at = next; return k; }
                int64_t skip = next - i;        /* candidates before j + m overlap the hit */
                mask = skip >= 16 ? 0 : mask & (~0u << skip);
                if (next < i + 16) next = i + 16;
            } else mask &= mask - 1;
        }
        i = next;
    }
#endif
    while (i <= last && k < RT_HITS_BATCH) {
        if (p[i] == q[0] && p[i + m - 1] == q[m - 1] && (m <= 2 || memcmp(p + i + 1, q + 1, (size_t)m - 2) == 0)) {
            out[k++] = i;
            i += m;
        } else i++;
    }
    *at = i;
    return k;
}

/* first index >= start where sub occurs and ends <= end, or -1 */
static int64_t find(Str *s, Str *sub, int64_t start, int64_t end) {
    NN(s, "find"); NN(sub, "find");
    if (start < 0) { start += s->len; if (start < 0) start = 0; }
    if (end < 0) { end += s->len; if (end < 0) end = 0; } else if (end > s->len) end = s->len;
    if (start > s->len) return -1;
    if (sub->len == 0) return start <= end ? start : -1;
    if (end - start < sub->len) return -1;
    if (sub->wide && !s->wide) return -1;   /* sub holds a code point s cannot */
    if (!s->wide) {
        const unsigned char *base = s->data;
        if (sub->len == 1) {
            const unsigned char *hit = memchr(base + start, sub->data[0], (size_t)(end - start));
            return hit ? (int64_t)(hit - base) : -1;
        }
        int64_t i = find_bytes(base + start, end - start, sub->data, sub->len);
        return i < 0 ? -1 : start + i;
    }
    uint32_t c0 = rt_ch(sub, 0);
    const uint32_t *w = STR_W(s);
    for (int64_t i = start; i + sub->len <= end; i++)
        if (w[i] == c0 && match_at(s, i, sub)) return i;
    return -1;
}

static int64_t rfind(Str *s, Str *sub, int64_t start, int64_t end) {
    NN(s, "rfind"); NN(sub, "rfind");
    if (start < 0) { start += s->len; if (start < 0) start = 0; }
    if (end < 0) { end += s->len; if (end < 0) end = 0; } else if (end > s->len) end = s->len;
    if (start > s->len) return -1;
    if (sub->wide && !s->wide) return -1;
    for (int64_t i = end - sub->len; i >= start; i--)
        if (match_at(s, i, sub)) return i;
    return -1;
}

int64_t rt_str_find(Str *s, Str *sub, int64_t a, int64_t b) { return find(s, sub, a, b); }
int64_t rt_str_rfind(Str *s, Str *sub, int64_t a, int64_t b) { return rfind(s, sub, a, b); }
int64_t rt_str_contains(Str *s, Str *sub) { return find(s, sub, 0, INT64_MAX) >= 0; }

int64_t rt_str_index(Str *s, Str *sub) {
    NN(s, "index");
    int64_t i = find(s, sub, 0, INT64_MAX);
    if (i < 0) rt_raise(E_VALUE, "substring not found");
    return i;
}

int64_t rt_str_count(Str *s, Str *sub) {
    NN(s, "count"); NN(sub, "count");
    if (sub->len == 0) return s->len + 1;
    int64_t n = 0, i = 0;
    if (!s->wide && !sub->wide) {
        if (sub->len == 1) return rt_scan_count_byte(s->data, s->len, sub->data[0]);
        if (sub->len == 2 && sub->data[0] != sub->data[1]) return count_pair(s->data, s->len, sub->data);
        int64_t pos[RT_HITS_BATCH], k;
        while ((k = rt_scan_hits(s, sub, &i, pos)) > 0) n += k;
        return n;
    }
    while ((i = find(s, sub, i, INT64_MAX)) >= 0) { n++; i += sub->len; }
    return n;
}

int64_t rt_str_startswith(Str *s, Str *p) {
    NN(s, "startswith"); NN(p, "startswith");
    return p->len <= s->len && match_at(s, 0, p);
}

int64_t rt_str_endswith(Str *s, Str *p) {
    NN(s, "endswith"); NN(p, "endswith");
    return p->len <= s->len && match_at(s, s->len - p->len, p);
}
