/* Tandem native runtime: the part of a translated program that is not
   generated from its graphs.  The generated LLVM IR (jitgen/backend/native)
   and this runtime agree on the layouts below; docs/backend-native.md has
   the full contract.

   Values in containers (list slots, tuple items, dict keys/values) are one
   64-bit word each: Signed/Unsigned as is, Bool as 0/1, Float as its bits,
   references as addresses.  Booleans cross the C boundary as int64_t. */
#ifndef TANDEM_RT_H
#define TANDEM_RT_H
#define GC_THREADS 1
#include <gc.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>

typedef int64_t word;

/* Str: immutable code points; hash 0 = not computed yet.  Compact:
   wide = 0 -> one byte per code point (every one < 256), wide = 1 -> four
   bytes (uint32_t).  Canonical: a string is wide only when some code point
   is >= 256, so equal strings have the same kind. */
typedef struct Str { int64_t len; int64_t hash; int64_t wide; unsigned char data[]; } Str;
#define STR_W(s) ((uint32_t *)(s)->data)
static inline uint32_t rt_ch(const Str *s, int64_t i) { return s->wide ? ((const uint32_t *)s->data)[i] : s->data[i]; }
/* The memo of recent short sums a + b (rt_str.c), read inline by generated
   code (ops_str.py op_str_concat): entry ((a * 0x9e3779b97f4a7c15 ^ b) *
   0xff51afd7ed558ccd) >> 53 holds {a, b, a + b} or zeros. */
typedef struct PairMemo { Str *a, *b, *sum; } PairMemo;
extern PairMemo rt_pair_memo[2048];
/* List: items is a GC array of words; atomic = items never hold references. */
typedef struct List { int64_t len; int64_t cap; word *items; int64_t atomic; } List;
/* StrBuf: data holds bytes until a code point >= 256 is pushed, then uint32_t. */
typedef struct StrBuf { int64_t len; int64_t cap; unsigned char *data; int64_t wide; } StrBuf;

/* Type descriptors tell the runtime how to compare, hash and print words. */
enum { K_INT = 0, K_BOOL = 1, K_FLOAT = 2, K_STR = 3, K_REF = 4, K_TUPLE = 5, K_UINT = 6 };
typedef struct TypeDesc { int64_t kind; int64_t n; const struct TypeDesc *const *items; } TypeDesc;

/* Instances start with a vtable pointer; vtables start with the class id
   (preorder number) and the Python class name. */
typedef struct VTable { int64_t cid; Str *pyname; } VTable;   /* pyname: ClassDef.report_name */
typedef struct Object { VTable *vt; } Object;
/* Built-in exceptions: Exception has exactly one field, message. */
typedef struct ExcObject { VTable *vt; Str *message; } ExcObject;

typedef struct DEntry { word hash; word key; word value; int64_t live; } DEntry;
typedef word (*rdict_eq_fn)(word, word);
typedef word (*rdict_hash_fn)(word);
typedef struct Dict {
    int64_t len;          /* live entries */
    int64_t used;         /* entries[0..used) incl. deleted */
    int64_t cap;          /* entries capacity */
    DEntry *entries;
    int64_t *index;       /* open addressing: -1 free, -2 deleted, else entry number */
    int64_t mask;
    const TypeDesc *kd;   /* NULL for an r_dict */
    rdict_eq_fn eq;
    rdict_hash_fn hashf;
    int64_t atomic;       /* keys and values hold no references */
    word memo_key;        /* the key of the last successful lookup ... */
    int64_t memo_entry;   /* ... and its entry (checked before use: d[k] = d.get(k, 0) + 1 looks up once) */
} Dict;

/* Order of rt_exc_vtables (emitted by the code generator). */
enum { E_OVERFLOW, E_ZERODIV, E_INDEX, E_KEY, E_VALUE, E_TYPE, E_OS, E_MEMORY,
       E_STACK, E_ASSERTION, E_RUNTIME, E_ATTRIBUTE, E_COUNT };

/* ---- provided by the generated code ---- */
extern VTable *rt_exc_vtables[E_COUNT];
int64_t tandem_entry(List *argv);
Str *tandem_exc_str(Object *exc);
void tandem_prog_init(void);

/* ---- core ---- */
extern Object *rt_exc;
extern int64_t rt_stack_limit;
void *rt_alloc(int64_t size);
void *rt_alloc_atomic(int64_t size);
void rt_raise(int which, const char *msg);
void rt_raise_str(int which, Str *msg);
void rt_raise_stack_overflow(void);
void rt_raise_memory(void);   /* the preallocated MemoryError: raising it does not allocate */
void rt_fatal(const char *msg);
void rt_null(const char *attr);
void rt_flush_stdout(void);

/* ---- strings ---- */
Str *rt_str_new(int64_t len);
extern Str *rt_chars[256];   /* one-character strings below 256 (generated code reads it) */
Str *rt_str_alloc(int64_t len, int64_t wide);
Str *rt_str_canon(Str *s);
void rt_sb_push_str(StrBuf *b, Str *s, int64_t start, int64_t n);
void rt_sb_push_cp(StrBuf *b, uint32_t c);
void rt_sb_push_ascii(StrBuf *b, const char *p, int64_t n);
Str *rt_sb_build(StrBuf *b);
Str *rt_str_from_utf8(const char *s, int64_t n);
Str *rt_str_from_cstr(const char *s);
char *rt_str_to_utf8(Str *s, int64_t *outlen);
Str *rt_str_repr(Str *s);
Str *rt_int_repr(int64_t v);
Str *rt_float_repr(double x);
int64_t rt_str_eq(Str *a, Str *b);
int64_t rt_str_hash(Str *s);
Str *rt_str_concat(Str *a, Str *b);
Str *rt_str_slice(Str *s, int64_t start, int64_t stop);
void rt_str_share(Str *s);   /* a new dict key: later equal slices and sums are this object */
int rt_is_space(uint32_t c);

/* ---- word-at-a-time helpers of rt_str.c and rt_scan.c ---- */
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the word-at-a-time string code assumes a little-endian target"
#endif
static inline uint64_t load8(const unsigned char *p) { uint64_t x; memcpy(&x, p, 8); return x; }
static inline uint32_t load4(const unsigned char *p) { uint32_t x; memcpy(&x, p, 4); return x; }

/* the n <= 8 bytes at p as one word, reading only those bytes (for a
   given n, different bytes give different words) */
static inline uint64_t load_upto8(const unsigned char *p, int64_t n) {
    if (n >= 4) return ((uint64_t)load4(p + n - 4) << 32) | load4(p);
    if (n > 0) return (uint64_t)p[0] | ((uint64_t)p[n >> 1] << 8) | ((uint64_t)p[n - 1] << 16);
    return 0;
}

/* a == b over n <= 16 bytes (overlapping word compares) */
static inline int same_upto16(const unsigned char *a, const unsigned char *b, int64_t n) {
    if (n >= 8) return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
    return load_upto8(a, n) == load_upto8(b, n);
}


/* ---- searching (rt_scan.c) ---- */
#define RT_HITS_BATCH 256
int64_t rt_scan_hits(const Str *s, const Str *sub, int64_t *at, int64_t *out);
int64_t rt_scan_count_byte(const unsigned char *p, int64_t n, unsigned char c);
int64_t rt_str_find(Str *s, Str *sub, int64_t start, int64_t end);
int64_t rt_str_count(Str *s, Str *sub);

/* ---- collections ---- */
List *rt_list_new(int64_t n, int64_t atomic);
void rt_list_grow(List *l, int64_t need);
void rt_list_append(List *l, word x);
int64_t rt_word_eq(const TypeDesc *d, word a, word b);
int64_t rt_word_hash(const TypeDesc *d, word a);
Str *rt_word_repr(const TypeDesc *d, word a);

#endif
