/* Str: compact code points (rt.h: one byte each when every code point is
   < 256, else four).  Every function follows the Python str method of the
   same name (docs/lowlevel.md).  Results are canonical: a string is wide
   only when it holds a code point >= 256 (rt_str_canon narrows the rest). */
#define _GNU_SOURCE
#include "rt.h"
#include <string.h>
#include <stdio.h>
#include <wctype.h>

#define NN(p, a) do { if (!(p)) rt_null(a); } while (0)
#define CW(s) ((s)->wide ? 4 : 1)   /* bytes per code point */

static inline Str *str_alloc(int64_t len, int64_t wide) {
    if (len < 0) len = 0;
    /* not zeroed: every caller fills the code points */
    Str *s = GC_MALLOC_ATOMIC(sizeof(Str) + (wide ? 4 : 1) * (size_t)len);
    if (!s) { rt_raise_memory(); return NULL; }
    s->len = len; s->hash = 0; s->wide = wide;
    return s;
}

Str *rt_str_alloc(int64_t len, int64_t wide) { return str_alloc(len, wide); }

/* n bytes; short copies (words, syllables) without a call */
static inline void copy_upto16(unsigned char *d, const unsigned char *p, int64_t n);
static inline void copy_bytes(unsigned char *d, const unsigned char *p, int64_t n) {
    if (n <= 16) copy_upto16(d, p, n);
    else memcpy(d, p, (size_t)n);
}

Str *rt_str_new(int64_t len) { return rt_str_alloc(len, 0); }

/* the narrow copy of a wide string whose code points are all < 256 */
Str *rt_str_canon(Str *s) {
    if (!s || !s->wide) return s;
    const uint32_t *w = STR_W(s);
    for (int64_t i = 0; i < s->len; i++) if (w[i] >= 256) return s;
    Str *r = rt_str_alloc(s->len, 0);
    if (!r) return NULL;
    for (int64_t i = 0; i < s->len; i++) r->data[i] = (unsigned char)w[i];
    return r;
}

/* code points [start, start+n) of s into dst of kind wide (dst wide if s is) */
static void copy_cps(void *dst, int wide, const Str *s, int64_t start, int64_t n) {
    if (n <= 0) return;
    if (wide == (int)s->wide) { memcpy(dst, s->data + start * CW(s), (size_t)n * CW(s)); return; }
    uint32_t *d = dst;   /* narrow source into a wide destination */
    for (int64_t i = 0; i < n; i++) d[i] = s->data[start + i];
}

Str *rt_str_from_utf8(const char *p, int64_t n) {
    const unsigned char *u = (const unsigned char *)p;
    int64_t count = 0;
    uint32_t maxc = 0;
    for (int64_t i = 0; i < n; ) {     /* first pass: length and widest code point */
        uint32_t c = u[i];
        int extra = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
        if (extra) c &= (0x3f >> extra);
        i++;
        for (int j = 0; j < extra && i < n; j++, i++) c = (c << 6) | (u[i] & 0x3f);
        if (c > maxc) maxc = c;
        count++;
    }
    Str *s = rt_str_alloc(count, maxc >= 256);
    if (!s) return NULL;
    if (maxc < 0x80) { memcpy(s->data, p, (size_t)n); return s; }
    int64_t k = 0;
    for (int64_t i = 0; i < n; ) {
        uint32_t c = u[i];
        int extra = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
        if (extra) c &= (0x3f >> extra);
        i++;
        for (int j = 0; j < extra && i < n; j++, i++) c = (c << 6) | (u[i] & 0x3f);
        if (s->wide) STR_W(s)[k++] = c; else s->data[k++] = (unsigned char)c;
    }
    return s;
}

Str *rt_str_from_cstr(const char *p) { return rt_str_from_utf8(p, (int64_t)strlen(p)); }

/* UTF-8 of s, NUL-terminated (a GC buffer; an ASCII string's own bytes are
   copied in one go) */
char *rt_str_to_utf8(Str *s, int64_t *outlen) {
    char *p = GC_MALLOC_ATOMIC((size_t)s->len * (s->wide ? 4 : 2) + 1);
    if (!p) { rt_raise_memory(); if (outlen) *outlen = 0; return NULL; }
    int64_t k = 0;
    if (!s->wide) {
        for (int64_t i = 0; i < s->len; i++) {
            unsigned char c = s->data[i];
            if (c < 0x80) p[k++] = (char)c;
            else { p[k++] = (char)(0xc0 | (c >> 6)); p[k++] = (char)(0x80 | (c & 0x3f)); }
        }
    } else {
        const uint32_t *w = STR_W(s);
        for (int64_t i = 0; i < s->len; i++) {
            uint32_t c = w[i];
            if (c < 0x80) p[k++] = (char)c;
            else if (c < 0x800) { p[k++] = (char)(0xc0 | (c >> 6)); p[k++] = (char)(0x80 | (c & 0x3f)); }
            else if (c < 0x10000) { p[k++] = (char)(0xe0 | (c >> 12)); p[k++] = (char)(0x80 | ((c >> 6) & 0x3f)); p[k++] = (char)(0x80 | (c & 0x3f)); }
            else { p[k++] = (char)(0xf0 | (c >> 18)); p[k++] = (char)(0x80 | ((c >> 12) & 0x3f)); p[k++] = (char)(0x80 | ((c >> 6) & 0x3f)); p[k++] = (char)(0x80 | (c & 0x3f)); }
        }
    }
    p[k] = 0;
    if (outlen) *outlen = k;
    return p;
}

/* 1 when s is narrow and pure ASCII: its bytes are its UTF-8 */
int64_t rt_str_is_ascii(Str *s) {
    if (s->wide) return 0;
    const unsigned char *d = s->data;
    int64_t i = 0, n = s->len;
    for (; i + 8 <= n; i += 8) { uint64_t x; memcpy(&x, d + i, 8); if (x & 0x8080808080808080ULL) return 0; }
    for (; i < n; i++) if (d[i] & 0x80) return 0;
    return 1;
}

int rt_is_space(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

int64_t rt_str_len(Str *s) { NN(s, "__len__"); return s->len; }
int64_t rt_str_is_true(Str *s) { NN(s, "__len__"); return s->len != 0; }

int64_t rt_str_eq(Str *a, Str *b) {
    if (a == b) return 1;
    if (!a || !b) return 0;
    if (a->len != b->len || a->wide != b->wide) return 0;   /* canonical kinds */
    if (a->hash && b->hash && a->hash != b->hash) return 0;
    int64_t n = a->len * CW(a);
    if (n <= 16) return same_upto16(a->data, b->data, n);
    return memcmp(a->data, b->data, (size_t)n) == 0;
}

static int64_t cmp(Str *a, Str *b) {
    NN(a, "__lt__"); NN(b, "__lt__");
    int64_t n = a->len < b->len ? a->len : b->len;
    if (!a->wide && !b->wide) {
        int c = memcmp(a->data, b->data, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t x = rt_ch(a, i), y = rt_ch(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return a->len < b->len ? -1 : a->len > b->len;
}
int64_t rt_str_cmp(Str *a, Str *b) { return cmp(a, b); }

/* Hashes.  Equal strings have the same kind (rt.h), so the two kinds may
   hash differently: a narrow string is hashed eight bytes at a time, a
   wide one code point by code point.  Both end in the same mix, which
   spreads high bits into the low ones dicts index by; 0 means "not
   computed yet", so it is never a hash. */
#define HASH_MUL 0x9e3779b97f4a7c15ULL
static inline int64_t hash_done(uint64_t h, int64_t len) {
    h ^= (uint64_t)len * HASH_MUL;
    h ^= h >> 33; h *= 0xff51afd7ed558ccdULL; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53ULL; h ^= h >> 33;
    return h == 0 ? 1 : (int64_t)h;
}

/* the n <= 8 bytes at p as a little-endian word, zero above them */
static inline uint64_t raw_upto8(const unsigned char *p, int64_t n) {
    if (n >= 8) return load8(p);
    if (n >= 4) return (uint64_t)load4(p) | ((uint64_t)load4(p + n - 4) << (8 * (n - 4)));
    if (n > 0) return (uint64_t)p[0] | ((uint64_t)p[n >> 1] << (8 * (n >> 1))) | ((uint64_t)p[n - 1] << (8 * (n - 1)));
    return 0;
}

/* w's k <= 8 low bytes */
static inline uint64_t low_bytes(uint64_t w, int64_t k) { return k >= 8 ? w : w & ((1ULL << (8 * k)) - 1); }

#define HASH_SEED 0x243f6a8885a308d3ULL
static inline uint64_t hash_word(uint64_t h, uint64_t w) { h = (h ^ w) * HASH_MUL; return h ^ (h >> 29); }

/* eight bytes at a time; the last word is zero-padded (raw_upto8) */
static inline int64_t hash_narrow(const unsigned char *p, int64_t n) {
    uint64_t h = HASH_SEED;
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) h = hash_word(h, load8(p + i));
    if (i < n) h = hash_word(h, raw_upto8(p + i, n - i));
    return hash_done(h, n);
}

int64_t rt_str_hash(Str *s) {
    NN(s, "__hash__");
    if (s->hash) return s->hash;
    if (s->wide) {
        uint64_t h = 5381;
        const uint32_t *w = STR_W(s);
        for (int64_t i = 0; i < s->len; i++) h = (h * 1000003) ^ w[i];
        s->hash = hash_done(h, s->len);
    } else s->hash = hash_narrow(s->data, s->len);
    return s->hash;
}

/* n <= 16 bytes from p to d (overlapping word moves) */
static inline void copy_upto16(unsigned char *d, const unsigned char *p, int64_t n) {
    if (n >= 8) { uint64_t x = load8(p), y = load8(p + n - 8); memcpy(d, &x, 8); memcpy(d + n - 8, &y, 8); }
    else if (n >= 4) { uint32_t x = load4(p), y = load4(p + n - 4); memcpy(d, &x, 4); memcpy(d + n - 4, &y, 4); }
    else if (n > 0) { unsigned char a = p[0], b = p[n >> 1], c = p[n - 1]; d[0] = a; d[n >> 1] = b; d[n - 1] = c; }
}

/* Short narrow strings made by slicing, splitting and concatenation are
   shared through a direct-mapped cache indexed by their hash: a program
   that cuts the same words out of a text again and again (split, tokens,
   keys built with +) gets one object per word, whose hash is computed
   once and which dict lookups find by identity.  Str identity is not
   observable in the subset (docs/lowlevel.md), so sharing is invisible.
   A miss costs the hash, which a dict would compute anyway. */
#define SHARE_MAX 16
#define SHARE_SLOTS 16384
static Str *shared_strs[SHARE_SLOTS];   /* a GC root (rt_chars_init) */

/* The narrow string of n <= SHARE_MAX bytes given as two zero-padded
   little-endian words (lo: bytes 0-7, hi: bytes 8-15).  Shared strings
   are allocated with room for whole words (Boehm rounds to 16 bytes
   anyway), so the lookup compares words, and so does the copy. */
__attribute__((noinline)) static Str *shared_miss(Str **slot, uint64_t lo, uint64_t hi, int64_t n, int64_t h) {
    Str *s = GC_MALLOC_ATOMIC(sizeof(Str) + (n <= 8 ? 8 : 16));
    if (!s) { rt_raise_memory(); return NULL; }
    s->len = n; s->hash = h; s->wide = 0;
    memcpy(s->data, &lo, 8);
    if (n > 8) memcpy(s->data + 8, &hi, 8);
    *slot = s;
    return s;
}

static Str *shared_words(uint64_t lo, uint64_t hi, int64_t n) {
    uint64_t hw = HASH_SEED;
    if (n > 0) hw = hash_word(hw, lo);
    if (n > 8) hw = hash_word(hw, hi);
    int64_t h = hash_done(hw, n);       /* = hash_narrow of the bytes */
    Str **slot = &shared_strs[(uint64_t)h & (SHARE_SLOTS - 1)];
    Str *s = *slot;
    if (s && s->len == n && low_bytes(load8(s->data), n) == lo && (n <= 8 || low_bytes(load8(s->data + 8), n - 8) == hi))
        return s;
    return shared_miss(slot, lo, hi, n, h);
}

/* A string that becomes a dict key takes its slot in the cache, so that
   the slices and sums equal to it are that very object and find it by
   identity (the keys of a keyword table are literals, say).  Only the
   bytes below its length are compared (str_words' reasoning makes the
   whole-word reads safe). */
void rt_str_share(Str *s) {
    if (s->wide || s->len < 2 || s->len > SHARE_MAX) return;
    shared_strs[(uint64_t)rt_str_hash(s) & (SHARE_SLOTS - 1)] = s;
}

/* n <= 16 bytes at p as the two words of shared_words */
static inline void raw_words(const unsigned char *p, int64_t n, uint64_t *lo, uint64_t *hi) {
    if (n > 8) { *lo = load8(p); *hi = load8(p + n - 8) >> (8 * (16 - n)); }
    else { *lo = raw_upto8(p, n); *hi = 0; }
}

/* The same from a Str's own data, n <= 16 = its length: its data starts
   on an eight-byte boundary (the Str fields are words), and an aligned
   word holding one of its bytes lies in memory that exists, so whole
   words are read and the bytes past the end masked off. */
static inline void str_words(const Str *s, uint64_t *lo, uint64_t *hi) {
    int64_t n = s->len;
    *lo = n > 0 ? low_bytes(load8(s->data), n) : 0;
    *hi = n > 8 ? low_bytes(load8(s->data + 8), n - 8) : 0;
}

static inline Str *shared_str(const unsigned char *p, int64_t n) {
    uint64_t lo, hi;
    raw_words(p, n, &lo, &hi);
    return shared_words(lo, hi, n);
}

__attribute__((noinline)) static Str *concat_alloc(Str *a, Str *b) {
    int wide = (int)(a->wide | b->wide);
    Str *r = str_alloc(a->len + b->len, wide);
    if (!r) return NULL;
    if (!wide) { copy_bytes(r->data, a->data, a->len); copy_bytes(r->data + a->len, b->data, b->len); return r; }
    copy_cps(r->data, wide, a, 0, a->len);
    copy_cps(r->data + a->len * CW(r), wide, b, 0, b->len);
    return r;
}

/* The last short sums by their two operand objects: adding the same two
   strings again (a prefix and a word of a fixed vocabulary, say) is two
   pointer compares.  Entries keep their three strings alive; a GC root
   (rt_chars_init).  Generated code reads it too (ops_str.py
   op_str_concat: the same slot function, PAIR_SLOTS, the layout). */
#define PAIR_SLOTS 2048
PairMemo rt_pair_memo[PAIR_SLOTS];
#define pair_memo rt_pair_memo

/* a + b, narrow, at most SHARE_MAX long: joined in registers */
__attribute__((noinline)) static Str *concat_short(Str *a, Str *b, PairMemo *pm) {
    uint64_t alo, ahi, blo, bhi;
    str_words(a, &alo, &ahi);
    str_words(b, &blo, &bhi);
    unsigned __int128 v = ((unsigned __int128)ahi << 64 | alo) | ((unsigned __int128)bhi << 64 | blo) << (8 * a->len);
    Str *r = shared_words((uint64_t)v, (uint64_t)(v >> 64), a->len + b->len);
    if (r) { pm->a = a; pm->b = b; pm->sum = r; }
    return r;
}

Str *rt_str_concat(Str *a, Str *b) {
    NN(a, "__add__"); NN(b, "__add__");
    if (a->len == 0) return b;
    if (b->len == 0) return a;
    if (!(a->wide | b->wide) && a->len + b->len <= SHARE_MAX) {
        uint64_t key = ((uint64_t)(uintptr_t)a * HASH_MUL) ^ (uint64_t)(uintptr_t)b;
        PairMemo *pm = &pair_memo[(key * 0xff51afd7ed558ccdULL) >> 53];
        if (pm->a == a && pm->b == b) return pm->sum;
        return concat_short(a, b, pm);
    }
    return concat_alloc(a, b);
}

Str *rt_str_mul(Str *s, int64_t n) {
    NN(s, "__mul__");
    if (n <= 0 || s->len == 0) return rt_str_new(0);
    if (s->len > ((int64_t)1 << 40) / n) { rt_raise_memory(); return NULL; }
    Str *r = rt_str_alloc(s->len * n, s->wide);
    if (!r) return NULL;
    size_t sz = (size_t)s->len * CW(s);
    for (int64_t i = 0; i < n; i++) memcpy(r->data + (size_t)i * sz, s->data, sz);
    return r;
}

/* the one-character strings of code points < 256, made at start-up
   (rt_chars_init); generated code indexes this table too */
Str *rt_chars[256];
static Str *bool_strs[2];   /* "False", "True" */

void rt_chars_init(void) {
    for (int c = 0; c < 256; c++) {
        Str *r = GC_MALLOC_ATOMIC(sizeof(Str) + 1);
        r->len = 1; r->hash = 0; r->wide = 0; r->data[0] = (unsigned char)c;
        rt_chars[c] = r;
    }
    bool_strs[0] = rt_str_from_cstr("False");
    bool_strs[1] = rt_str_from_cstr("True");
    GC_add_roots(bool_strs, bool_strs + 2);
    GC_add_roots(rt_chars, rt_chars + 256);
    GC_add_roots(shared_strs, shared_strs + SHARE_SLOTS);
    GC_add_roots(pair_memo, pair_memo + PAIR_SLOTS);
}

static Str *one_char(uint32_t c) {
    if (c < 256) return rt_chars[c];
    Str *r = rt_str_alloc(1, 1);
    if (!r) return NULL;
    STR_W(r)[0] = c;
    return r;
}

Str *rt_str_getitem(Str *s, int64_t i) {
    NN(s, "__getitem__");
    if (i < 0) i += s->len;
    if (i < 0 || i >= s->len) { rt_raise(E_INDEX, "string index out of range"); return NULL; }
    return one_char(rt_ch(s, i));
}

static void clamp(int64_t len, int64_t *start, int64_t *stop) {
    int64_t a = *start, b = *stop;
    if (a < 0) { a += len; if (a < 0) a = 0; } else if (a > len) a = len;
    if (b < 0) { b += len; if (b < 0) b = 0; } else if (b > len) b = len;
    if (b < a) b = a;
    *start = a; *stop = b;
}

static Str *sub_str_alloc(Str *s, int64_t start, int64_t stop);

/* s[start:stop] with 0 <= start <= stop <= len, canonical; the common
   short slice well inside a narrow string without a call */
static inline Str *sub_str(Str *s, int64_t start, int64_t stop) {
    int64_t n = stop - start;
    if (!s->wide && n >= 2 && n <= SHARE_MAX && start + 16 <= s->len) {
        const unsigned char *p = s->data + start;     /* sixteen bytes of s: whole words, masked */
        return shared_words(low_bytes(load8(p), n), n > 8 ? low_bytes(load8(p + 8), n - 8) : 0, n);
    }
    return sub_str_alloc(s, start, stop);
}

__attribute__((noinline)) static Str *sub_str_alloc(Str *s, int64_t start, int64_t stop) {
    if (start == 0 && stop == s->len) return s;
    int64_t n = stop - start;
    if (n == 1) return one_char(rt_ch(s, start));
    if (!s->wide && n <= SHARE_MAX) {
        const unsigned char *p = s->data + start;
        if (start + 16 > s->len) return shared_str(p, n);
        /* sixteen bytes of s from p: whole words, masked */
        uint64_t lo = low_bytes(load8(p), n), hi = n > 8 ? low_bytes(load8(p + 8), n - 8) : 0;
        return shared_words(lo, hi, n);
    }
    int wide = 0;
    if (s->wide) {
        const uint32_t *w = STR_W(s);
        for (int64_t i = start; i < stop; i++) if (w[i] >= 256) { wide = 1; break; }
    }
    Str *r = str_alloc(n, wide);
    if (!r) return NULL;
    if (!s->wide) copy_bytes(r->data, s->data + start, n);
    else if (wide) memcpy(r->data, s->data + start * 4, (size_t)n * 4);
    else for (int64_t i = 0; i < n; i++) r->data[i] = (unsigned char)STR_W(s)[start + i];
    return r;
}

Str *rt_str_slice(Str *s, int64_t start, int64_t stop) {
    NN(s, "__getitem__");
    clamp(s->len, &start, &stop);
    return sub_str(s, start, stop);
}

/* ---- SSE2 for split on one byte and ASCII upper/lower (the searches
   are in rt_scan.c) ---- */
#ifdef __SSE2__
#include <emmintrin.h>
#define SCAN_SIMD 1
#endif

int64_t rt_str_ord(Str *s) {
    NN(s, "ord");
    if (s->len != 1) {
        char buf[100];
        snprintf(buf, sizeof buf, "ord() expected a character, but string of length %lld found", (long long)s->len);
        rt_raise(E_TYPE, buf);
        return 0;
    }
    return rt_ch(s, 0);
}

Str *rt_str_chr(int64_t i) {
    if (i < 0 || i >= 0x110000) { rt_raise(E_VALUE, "chr() arg not in range(0x110000)"); return NULL; }
    return one_char((uint32_t)i);
}

Str *rt_str_join(Str *sep, List *items) {
    NN(sep, "join"); NN(items, "join");
    int64_t n = items->len, total = 0;
    if (n == 1) return (Str *)items->items[0];
    int wide = (int)sep->wide;
    for (int64_t i = 0; i < n; i++) { Str *x = (Str *)items->items[i]; total += x->len; wide |= (int)x->wide; }
    total += sep->len * (n > 0 ? n - 1 : 0);
    Str *r = rt_str_alloc(total, wide);
    if (!r) return NULL;
    int64_t k = 0;
    if (!wide) {      /* the common case: bytes */
        unsigned char *d = r->data;
        int64_t sl = sep->len;
        for (int64_t i = 0; i < n; i++) {
            Str *x = (Str *)items->items[i];
            if (i && sl) { if (sl == 1) d[k] = sep->data[0]; else copy_bytes(d + k, sep->data, sl); k += sl; }
            int64_t xl = x->len;
            if (xl > 0 && xl <= 8 && k + 8 <= total) {   /* one word move (str_words: the read is safe) */
                uint64_t w = load8(x->data);
                memcpy(d + k, &w, 8);
            } else copy_bytes(d + k, x->data, xl);
            k += xl;
        }
        return r;
    }
    for (int64_t i = 0; i < n; i++) {
        Str *x = (Str *)items->items[i];
        if (i) { copy_cps(STR_W(r) + k, 1, sep, 0, sep->len); k += sep->len; }
        copy_cps(STR_W(r) + k, 1, x, 0, x->len); k += x->len;
    }
    return r;
}

/* rt_is_space for a code point < 256 */
static inline int narrow_space(unsigned char c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0;
}

List *rt_str_split(Str *s) {
    NN(s, "split");
    List *l = rt_list_new(0, 0);
    if (!l) return NULL;
    int64_t i = 0;
    if (!s->wide) {
        const unsigned char *d = s->data;
        int64_t n = s->len;
        for (;;) {
            while (i < n && narrow_space(d[i])) i++;
            if (i >= n) return l;
            int64_t j = i + 1;
            while (j < n && !narrow_space(d[j])) j++;
            rt_list_append(l, (word)sub_str(s, i, j));
            if (rt_exc) return NULL;
            i = j;
        }
    }
    while (i < s->len) {
        while (i < s->len && rt_is_space(rt_ch(s, i))) i++;
        if (i >= s->len) break;
        int64_t j = i;
        while (j < s->len && !rt_is_space(rt_ch(s, j))) j++;
        rt_list_append(l, (word)sub_str(s, i, j));
        if (rt_exc) return NULL;
        i = j;
    }
    return l;
}

List *rt_str_split_sep(Str *s, Str *sep) {
    NN(s, "split"); NN(sep, "split");
    if (sep->len == 0) { rt_raise(E_VALUE, "empty separator"); return NULL; }
    int64_t i = 0, j;
    if (!s->wide && sep->len == 1 && !sep->wide) {   /* one byte: the list is sized first, then filled */
        const unsigned char *d = s->data;
        unsigned char c = sep->data[0];
        int64_t len = s->len, pos = 0, k = 0;
        List *l = rt_list_new(rt_scan_count_byte(d, len, c) + 1, 0);
        if (!l) return NULL;
        word *out = l->items;
#ifdef SCAN_SIMD
        const __m128i v = _mm_set1_epi8((char)c);
        for (; pos + 16 <= len; pos += 16) {
            unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(d + pos)), v));
            while (mask) {
                j = pos + __builtin_ctz(mask);
                out[k++] = (word)sub_str(s, i, j);
                if (rt_exc) return NULL;
                i = j + 1;
                mask &= mask - 1;
            }
        }
#endif
        for (; pos < len; pos++)
            if (d[pos] == c) {
                out[k++] = (word)sub_str(s, i, pos);
                if (rt_exc) return NULL;
                i = pos + 1;
            }
        out[k] = (word)sub_str(s, i, len);
        return rt_exc ? NULL : l;
    }
    List *l = rt_list_new(0, 0);
    if (!l) return NULL;
    {
        while ((j = rt_str_find(s, sep, i, INT64_MAX)) >= 0) {
            rt_list_append(l, (word)sub_str(s, i, j));
            if (rt_exc) return NULL;
            i = j + sep->len;
        }
    }
    rt_list_append(l, (word)sub_str(s, i, s->len));
    return rt_exc ? NULL : l;
}

static int in_chars(Str *chars, uint32_t c) {
    if (!chars) return rt_is_space(c);
    for (int64_t i = 0; i < chars->len; i++) if (rt_ch(chars, i) == c) return 1;
    return 0;
}

static Str *strip(Str *s, Str *chars, int left, int right) {
    NN(s, left && right ? "strip" : left ? "lstrip" : "rstrip");
    int64_t a = 0, b = s->len;
    if (left) while (a < b && in_chars(chars, rt_ch(s, a))) a++;
    if (right) while (b > a && in_chars(chars, rt_ch(s, b - 1))) b--;
    return sub_str(s, a, b);
}
Str *rt_str_strip(Str *s) { return strip(s, NULL, 1, 1); }
Str *rt_str_lstrip(Str *s) { return strip(s, NULL, 1, 0); }
Str *rt_str_rstrip(Str *s) { return strip(s, NULL, 0, 1); }
Str *rt_str_strip_chars(Str *s, Str *c) { NN(c, "strip"); return strip(s, c, 1, 1); }
Str *rt_str_lstrip_chars(Str *s, Str *c) { NN(c, "strip"); return strip(s, c, 1, 0); }
Str *rt_str_rstrip_chars(Str *s, Str *c) { NN(c, "strip"); return strip(s, c, 0, 1); }

/* replace on three narrow strings: one scan when the result cannot be
   longer than s (its length is then an upper bound), else a counting
   scan first */
static Str *replace_bytes(Str *s, Str *old, Str *new_) {
    int64_t pos[RT_HITS_BATCH], at = 0, k = rt_scan_hits(s, old, &at, pos);
    if (k == 0) return s;
    int64_t cap = s->len;
    if (new_->len > old->len) {
        int64_t at2 = at, n = k, more;
        int64_t pos2[RT_HITS_BATCH];
        while ((more = rt_scan_hits(s, old, &at2, pos2)) > 0) n += more;
        cap = s->len + n * (new_->len - old->len);
    }
    Str *r = str_alloc(cap, 0);
    if (!r) return NULL;
    unsigned char *d = r->data;
    const unsigned char *src = s->data, *nd = new_->data;
    int64_t i = 0, o = 0, ol = old->len, nl = new_->len;
    do {
        for (int64_t x = 0; x < k; x++) {
            int64_t j = pos[x];
            copy_bytes(d + o, src + i, j - i); o += j - i;
            if (nl == 1) d[o] = nd[0]; else copy_bytes(d + o, nd, nl);
            o += nl;
            i = j + ol;
        }
    } while ((k = rt_scan_hits(s, old, &at, pos)) > 0);
    copy_bytes(d + o, src + i, s->len - i); o += s->len - i;
    if (o < cap - cap / 4) {        /* much shorter: an exact copy, and the first one is garbage now */
        Str *exact = sub_str(r, 0, o);
        if (exact != r && cap >= 65536) GC_FREE(r);
        return exact;
    }
    r->len = o;
    return r;
}

Str *rt_str_replace(Str *s, Str *old, Str *new_) {
    NN(s, "replace"); NN(old, "replace"); NN(new_, "replace");
    if (old->len == 0) {
        StrBuf b = {0, 0, NULL, 0};
        for (int64_t i = 0; i < s->len; i++) { rt_sb_push_str(&b, new_, 0, new_->len); rt_sb_push_str(&b, s, i, 1); }
        rt_sb_push_str(&b, new_, 0, new_->len);
        return rt_sb_build(&b);
    }
    if (!s->wide && !old->wide && !new_->wide) return replace_bytes(s, old, new_);
    int64_t n = rt_str_count(s, old);
    if (n == 0) return s;
    /* exact size: one allocation, one copy */
    int wide = (int)(s->wide | new_->wide);
    Str *r = rt_str_alloc(s->len + n * (new_->len - old->len), wide);
    if (!r) return NULL;
    int cw = wide ? 4 : 1;
    int64_t i = 0, j, k = 0;
    while ((j = rt_str_find(s, old, i, INT64_MAX)) >= 0) {
        copy_cps(r->data + k * cw, wide, s, i, j - i); k += j - i;
        copy_cps(r->data + k * cw, wide, new_, 0, new_->len); k += new_->len;
        i = j + old->len;
    }
    copy_cps(r->data + k * cw, wide, s, i, s->len - i);
    return wide ? rt_str_canon(r) : r;
}

/* full case mappings (SpecialCasing too), generated from CPython: rt_case.c */
extern int rt_case_map(uint32_t c, int upper, uint32_t out[3]);
static int is_upper(uint32_t c);
static int is_lower(uint32_t c);

/* upper/lower of each Latin-1 code point; 0 where the result is not one
   code point < 256 (upper('\xff') is U+0178, upper('\xdf') is "SS") */
static unsigned char case_table[2][256];
static int case_table_ready;

static void init_case_table(void) {
    for (int u = 0; u < 2; u++)
        for (uint32_t c = 0; c < 256; c++) {
            uint32_t m[3];
            int n = rt_case_map(c, u, m);
            case_table[u][c] = n == 1 && m[0] < 256 ? (unsigned char)m[0] : 0;
        }
    case_table_ready = 1;
}

static int props(uint32_t c);
static int is_cased(uint32_t c) { return (props(c) & 128) != 0; }         /* P_CASED */
static int case_ignorable(uint32_t c) { return (props(c) & 256) != 0; }   /* P_IGNORABLE */

/* U+03A3 lowers to final sigma after a cased letter and not before one
   (case-ignorable characters skipped: Unicode's Final_Sigma condition, as
   str.lower() applies it, with CPython's properties from rt_case.c) */
static uint32_t sigma(Str *s, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && case_ignorable(rt_ch(s, j))) j--;
    if (j < 0 || !is_cased(rt_ch(s, j))) return 0x3c3;
    j = i + 1;
    while (j < s->len && case_ignorable(rt_ch(s, j))) j++;
    return j < s->len && is_cased(rt_ch(s, j)) ? 0x3c3 : 0x3c2;
}

static Str *mapchars(Str *s, int upper) {
    NN(s, upper ? "upper" : "lower");
    if (!s->wide) {
        if (!case_table_ready) init_case_table();
        const unsigned char *t = case_table[upper];
        Str *r = rt_str_alloc(s->len, 0);
        if (!r) return NULL;
        const unsigned char *d = s->data;
        int64_t i = 0;
#ifdef SCAN_SIMD
        /* ASCII blocks: flip bit 5 of the letters of the other case */
        const __m128i lo = _mm_set1_epi8(upper ? 'a' - 1 : 'A' - 1), hi = _mm_set1_epi8(upper ? 'z' + 1 : 'Z' + 1);
        const __m128i bit = _mm_set1_epi8(0x20);
        for (; i + 16 <= s->len; i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(d + i));
            if (_mm_movemask_epi8(x)) break;      /* a byte >= 128: the table below */
            __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(x, lo), _mm_cmplt_epi8(x, hi));
            _mm_storeu_si128((__m128i *)(r->data + i), _mm_xor_si128(x, _mm_and_si128(letter, bit)));
        }
#endif
        for (; i < s->len; i++) {
            unsigned char m = t[d[i]];
            if (!m && d[i]) break;    /* goes wide or longer */
            r->data[i] = m;
        }
        if (i == s->len) return r;
    }
    StrBuf b = {0, 0, NULL, 0};
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = rt_ch(s, i), m[3];
        if (!upper && c == 0x3a3) { rt_sb_push_cp(&b, sigma(s, i)); continue; }
        int n = rt_case_map(c, upper, m);
        for (int k = 0; k < n; k++) rt_sb_push_cp(&b, m[k]);
        if (rt_exc) return NULL;
    }
    return rt_sb_build(&b);
}
Str *rt_str_upper(Str *s) { return mapchars(s, 1); }
Str *rt_str_lower(Str *s) { return mapchars(s, 0); }

/* character properties of CPython's Unicode database, generated into rt_case.c */
extern int rt_char_props(uint32_t c);
enum { P_ALPHA = 1, P_DIGIT = 2, P_ALNUM = 4, P_SPACE = 8, P_UPPER = 16, P_LOWER = 32, P_TITLE = 64,
       P_CASED = 128, P_IGNORABLE = 256 };   /* the last two: for lower()'s final sigma */
static int props(uint32_t c) {
    if (c < 128) {
        if (c >= '0' && c <= '9') return P_DIGIT | P_ALNUM;
        if (c >= 'a' && c <= 'z') return P_ALPHA | P_ALNUM | P_LOWER | P_CASED;
        if (c >= 'A' && c <= 'Z') return P_ALPHA | P_ALNUM | P_UPPER | P_CASED;
        if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') return P_IGNORABLE;
        return rt_is_space(c) ? P_SPACE : 0;
    }
    return rt_char_props(c);
}
static int is_upper(uint32_t c) { return (props(c) & P_UPPER) != 0; }
static int is_lower(uint32_t c) { return (props(c) & P_LOWER) != 0; }

#define ALL(name, bit) int64_t rt_str_##name(Str *s) { NN(s, #name); if (s->len == 0) return 0; \
    for (int64_t i = 0; i < s->len; i++) { if (!(props(rt_ch(s, i)) & (bit))) return 0; } \
    return 1; }
ALL(isdigit, P_DIGIT)
ALL(isalpha, P_ALPHA)
ALL(isalnum, P_ALNUM)
ALL(isspace, P_SPACE)

/* CPython's rule: no lowercase (for isupper) or titlecase character, and at
   least one uppercase one */
static int64_t cased(Str *s, int upper) {
    int any = 0;
    int other = upper ? P_LOWER : P_UPPER, self = upper ? P_UPPER : P_LOWER;
    for (int64_t i = 0; i < s->len; i++) {
        int p = props(rt_ch(s, i));
        if (p & (other | P_TITLE)) return 0;
        if (p & self) any = 1;
    }
    return any;
}
int64_t rt_str_isupper(Str *s) { NN(s, "isupper"); return cased(s, 1); }
int64_t rt_str_islower(Str *s) { NN(s, "islower"); return cased(s, 0); }

static Str *pad(Str *s, int64_t width, Str *fill, int right) {
    NN(s, "ljust"); NN(fill, "ljust");
    if (fill->len != 1) { rt_raise(E_TYPE, "The fill character must be exactly one character long"); return NULL; }
    if (width <= s->len) return s;
    int wide = (int)(s->wide | fill->wide);
    Str *r = rt_str_alloc(width, wide);
    if (!r) return NULL;
    int64_t n = width - s->len, off = right ? n : 0;
    uint32_t f = rt_ch(fill, 0);
    for (int64_t i = 0; i < width; i++) { if (wide) STR_W(r)[i] = f; else r->data[i] = (unsigned char)f; }
    copy_cps(r->data + off * (wide ? 4 : 1), wide, s, 0, s->len);
    return r;
}
Str *rt_str_ljust(Str *s, int64_t w, Str *f) { return pad(s, w, f, 0); }
Str *rt_str_rjust(Str *s, int64_t w, Str *f) { return pad(s, w, f, 1); }

Str *rt_str_zfill(Str *s, int64_t width) {
    NN(s, "zfill");
    if (width <= s->len) return s;
    int wide = (int)s->wide, cw = wide ? 4 : 1;
    Str *r = rt_str_alloc(width, wide);
    if (!r) return NULL;
    int64_t n = width - s->len;
    uint32_t c0 = s->len > 0 ? rt_ch(s, 0) : 0;
    int sign = c0 == '+' || c0 == '-';
    if (sign) { if (wide) STR_W(r)[0] = c0; else r->data[0] = (unsigned char)c0; }
    for (int64_t i = 0; i < n; i++) { if (wide) STR_W(r)[sign + i] = '0'; else r->data[sign + i] = '0'; }
    copy_cps(r->data + (sign + n) * cw, wide, s, sign, s->len - sign);
    return r;
}

static int printable(uint32_t c) {
    if (c < 0x20 || c == 0x7f) return 0;
    if (c < 0x7f) return 1;
    if (c >= 0x80 && c <= 0xa0) return 0;
    if (c == 0xad) return 0;
    if (c >= 0xd800 && c <= 0xdfff) return 0;
    if (rt_is_space(c)) return 0;   /* Unicode separators are escaped */
    /* format (Cf) and private-use (Co) characters */
    if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) ||
        c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb) || c == 0x61c || c == 0x180e || (c >= 0x600 && c <= 0x605) ||
        c == 0x6dd || c == 0x70f || c == 0x8e2 || c == 0x110bd || c == 0x110cd || (c >= 0x13430 && c <= 0x1343f) ||
        (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) || c == 0xe0001 ||
        (c >= 0xe0020 && c <= 0xe007f) || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000) return 0;
    return iswprint(c) != 0;
}

Str *rt_str_repr(Str *s) {
    NN(s, "__repr__");
    int sq = 0, dq = 0;
    for (int64_t i = 0; i < s->len; i++) { uint32_t c = rt_ch(s, i); if (c == '\'') sq = 1; if (c == '"') dq = 1; }
    uint32_t q = (sq && !dq) ? '"' : '\'';
    StrBuf b = {0, 0, NULL, 0};
    rt_sb_push_cp(&b, q);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t c = rt_ch(s, i);
        char esc[16] = {0};
        if (c == q || c == '\\') { esc[0] = '\\'; esc[1] = (char)c; }
        else if (c == '\n') strcpy(esc, "\\n");
        else if (c == '\t') strcpy(esc, "\\t");
        else if (c == '\r') strcpy(esc, "\\r");
        else if (!printable(c)) {
            if (c < 0x100) snprintf(esc, sizeof esc, "\\x%02x", c);
            else if (c < 0x10000) snprintf(esc, sizeof esc, "\\u%04x", c);
            else snprintf(esc, sizeof esc, "\\U%08x", c);
        }
        if (esc[0]) rt_sb_push_ascii(&b, esc, (int64_t)strlen(esc));
        else rt_sb_push_cp(&b, c);
    }
    rt_sb_push_cp(&b, q);
    return rt_sb_build(&b);
}

/* made at start-up (rt_chars_init): repr(bool) never allocates */
Str *rt_bool_repr(int64_t b) { return bool_strs[b != 0]; }
