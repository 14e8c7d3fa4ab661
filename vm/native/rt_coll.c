/* Lists, dicts (insertion-ordered open addressing), tuples and
   StringBuilder.  Items are words; a TypeDesc says what they are. */
#include "rt.h"
#include <string.h>
#include <stdio.h>
#include <math.h>

#define NN(p, a) do { if (!(p)) rt_null(a); } while (0)

static double w2f(word w) { double d; memcpy(&d, &w, 8); return d; }

/* ---- word equality, hash and repr ---- */
int64_t rt_word_eq(const TypeDesc *d, word a, word b) {
    switch (d->kind) {
    /* a NaN item equals a NaN item: CPython's containers test identity
       first, and the NaN they meet is usually the same object */
    case K_FLOAT: { double x = w2f(a), y = w2f(b); return x == y || (x != x && y != y); }
    case K_STR: return rt_str_eq((Str *)a, (Str *)b);
    case K_TUPLE: {
        if (a == b) return 1;
        if (!a || !b) return 0;
        word *x = (word *)a, *y = (word *)b;
        for (int64_t i = 0; i < d->n; i++) if (!rt_word_eq(d->items[i], x[i], y[i])) return 0;
        return 1;
    }
    default: return a == b;
    }
}

int64_t rt_word_hash(const TypeDesc *d, word a) {
    switch (d->kind) {
    case K_FLOAT: { double f = w2f(a); if (f == 0.0 || f != f) return 0; if (f == floor(f) && fabs(f) < 9e18) return (int64_t)f; return a; }
    case K_STR: return a ? rt_str_hash((Str *)a) : 0;
    case K_REF: return (int64_t)((uint64_t)a >> 4);
    case K_TUPLE: {
        if (!a) return 0;
        uint64_t h = 0x345678;
        word *x = (word *)a;
        for (int64_t i = 0; i < d->n; i++) h = (h ^ (uint64_t)rt_word_hash(d->items[i], x[i])) * 1000003;
        return (int64_t)h;
    }
    default: return a;
    }
}

int64_t rt_tuple_eq(const TypeDesc *d, word a, word b) { return rt_word_eq(d, a, b); }
int64_t rt_tuple_hash(const TypeDesc *d, word a) { return rt_word_hash(d, a); }

Str *rt_word_repr(const TypeDesc *d, word a) {
    extern Str *rt_bool_repr(int64_t);
    extern Str *rt_uint_repr(uint64_t);
    switch (d->kind) {
    case K_INT: return rt_int_repr(a);
    case K_UINT: return rt_uint_repr((uint64_t)a);
    case K_BOOL: return rt_bool_repr(a);
    case K_FLOAT: return rt_float_repr(w2f(a));
    case K_STR: return a ? rt_str_repr((Str *)a) : rt_str_from_cstr("None");
    case K_TUPLE: {
        if (!a) return rt_str_from_cstr("None");
        StrBuf b = {0, 0, NULL, 0};
        rt_sb_push_ascii(&b, "(", 1);
        for (int64_t i = 0; i < d->n && !rt_exc; i++) {
            if (i) rt_sb_push_ascii(&b, ", ", 2);
            Str *x = rt_word_repr(d->items[i], ((word *)a)[i]);
            if (x) rt_sb_push_str(&b, x, 0, x->len);
        }
        rt_sb_push_ascii(&b, d->n == 1 ? ",)" : ")", d->n == 1 ? 2 : 1);
        return rt_sb_build(&b);
    }
    default: return rt_str_from_cstr(a ? "<object>" : "None");
    }
}

/* ---- lists ---- */

/* A big array that only its owner pointed to (a list's items, a
   builder's buffer, just replaced by a larger copy) goes back to the
   collector now: its blocks serve the next big allocation instead of
   the heap growing (fewer fresh pages to fault in).  Generated code
   reloads a list's items after every call, so no one holds it. */
#define FREE_BIG ((int64_t)1 << 16)
static void free_private(void *p, int64_t bytes) {
    if (p && bytes >= FREE_BIG) GC_FREE(p);
}
static word *alloc_items(int64_t n, int64_t atomic) {
    if (n < 0 || n > ((int64_t)1 << 40)) { rt_raise_memory(); return NULL; }
    return atomic ? rt_alloc_atomic(n * 8) : rt_alloc(n * 8);
}

List *rt_list_new(int64_t n, int64_t atomic) {
    List *l = rt_alloc(sizeof(List));
    if (!l) return NULL;
    int64_t cap = n < 4 ? 4 : n;
    l->items = alloc_items(cap, atomic);
    if (!l->items) return NULL;
    l->len = n; l->cap = cap; l->atomic = atomic;
    return l;
}

void rt_list_grow(List *l, int64_t need) {
    NN(l, "append");
    if (need <= l->cap) return;
    int64_t cap = l->cap * 2;
    if (cap < need) cap = need;
    word *items = alloc_items(cap, l->atomic);
    if (!items) return;
    memcpy(items, l->items, (size_t)l->len * 8);
    free_private(l->items, l->cap * 8);
    l->items = items; l->cap = cap;
}

void rt_list_append(List *l, word x) {
    NN(l, "append");
    if (l->len == l->cap) { rt_list_grow(l, l->len + 1); if (rt_exc) return; }
    l->items[l->len++] = x;
}

List *rt_list_mul(List *l, int64_t n) {
    NN(l, "__mul__");
    if (n < 0) n = 0;
    if (l->len && n > ((int64_t)1 << 40) / l->len) { rt_raise_memory(); return NULL; }
    List *r = rt_list_new(l->len * n, l->atomic);
    if (!r) return NULL;
    for (int64_t i = 0; i < n; i++) memcpy(r->items + i * l->len, l->items, (size_t)l->len * 8);
    return r;
}

void rt_list_delitem(List *l, int64_t i) {
    NN(l, "__delitem__");
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) { rt_raise(E_INDEX, "list assignment index out of range"); return; }
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * 8);
    l->len--;
    l->items[l->len] = 0;
}

void rt_list_extend(List *l, List *o) {
    NN(l, "extend"); NN(o, "extend");
    int64_t n = o->len;
    rt_list_grow(l, l->len + n);
    if (rt_exc) return;
    memcpy(l->items + l->len, o->items, (size_t)n * 8);
    l->len += n;
}

void rt_list_insert(List *l, int64_t i, word x) {
    NN(l, "insert");
    if (i < 0) { i += l->len; if (i < 0) i = 0; } else if (i > l->len) i = l->len;
    rt_list_grow(l, l->len + 1);
    if (rt_exc) return;
    memmove(l->items + i + 1, l->items + i, (size_t)(l->len - i) * 8);
    l->items[i] = x;
    l->len++;
}

word rt_list_pop_last(List *l) {
    NN(l, "pop");
    if (l->len == 0) { rt_raise(E_INDEX, "pop from empty list"); return 0; }
    word x = l->items[--l->len];
    l->items[l->len] = 0;
    return x;
}

word rt_list_pop(List *l, int64_t i) {
    NN(l, "pop");
    if (l->len == 0) { rt_raise(E_INDEX, "pop from empty list"); return 0; }
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) { rt_raise(E_INDEX, "pop index out of range"); return 0; }
    word x = l->items[i];
    rt_list_delitem(l, i);
    return x;
}

List *rt_list_slice(List *l, int64_t a, int64_t b) {
    NN(l, "__getitem__");
    int64_t len = l->len;
    if (a < 0) { a += len; if (a < 0) a = 0; } else if (a > len) a = len;
    if (b < 0) { b += len; if (b < 0) b = 0; } else if (b > len) b = len;
    if (b < a) b = a;
    List *r = rt_list_new(b - a, l->atomic);
    if (r) memcpy(r->items, l->items + a, (size_t)(b - a) * 8);
    return r;
}

List *rt_list_concat(List *a, List *b) {
    NN(a, "__add__"); NN(b, "__add__");
    List *r = rt_list_new(a->len + b->len, a->atomic);
    if (!r) return NULL;
    memcpy(r->items, a->items, (size_t)a->len * 8);
    memcpy(r->items + a->len, b->items, (size_t)b->len * 8);
    return r;
}

List *rt_list_copy(List *l) { return rt_list_slice(l, 0, INT64_MAX); }

static int64_t index_of(const TypeDesc *d, List *l, word x) {
    for (int64_t i = 0; i < l->len; i++) if (rt_word_eq(d, l->items[i], x)) return i;
    return -1;
}

int64_t rt_list_contains(const TypeDesc *d, List *l, word x) { NN(l, "__contains__"); return index_of(d, l, x) >= 0; }

int64_t rt_list_index(const TypeDesc *d, List *l, word x) {
    NN(l, "index");
    int64_t i = index_of(d, l, x);
    if (i < 0) rt_raise_str(E_VALUE, rt_str_concat(rt_word_repr(d, x), rt_str_from_cstr(" is not in list")));
    return i;
}

void rt_list_remove(const TypeDesc *d, List *l, word x) {
    NN(l, "remove");
    int64_t i = index_of(d, l, x);
    if (i < 0) { rt_raise(E_VALUE, "list.remove(x): x not in list"); return; }
    rt_list_delitem(l, i);
}

int64_t rt_list_count(const TypeDesc *d, List *l, word x) {
    NN(l, "count");
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) n += rt_word_eq(d, l->items[i], x) != 0;
    return n;
}

void rt_list_reverse(List *l) {
    NN(l, "reverse");
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) { word t = l->items[i]; l->items[i] = l->items[j]; l->items[j] = t; }
}

void rt_list_clear(List *l) { NN(l, "clear"); memset(l->items, 0, (size_t)l->len * 8); l->len = 0; }

int64_t rt_list_eq(const TypeDesc *d, List *a, List *b) {
    if (a == b) return 1;
    if (!a || !b || a->len != b->len) return 0;
    for (int64_t i = 0; i < a->len; i++) if (!rt_word_eq(d, a->items[i], b->items[i])) return 0;
    return 1;
}

static int64_t less(const TypeDesc *d, word a, word b) {
    if (d->kind == K_FLOAT) return w2f(a) < w2f(b);
    if (d->kind == K_STR) { extern int64_t rt_str_cmp(Str *, Str *); return rt_str_cmp((Str *)a, (Str *)b) < 0; }
    if (d->kind == K_UINT) return (uint64_t)a < (uint64_t)b;
    return a < b;
}

/* stable merge sort */
void rt_list_sort(const TypeDesc *d, List *l) {
    NN(l, "sort");
    int64_t n = l->len;
    if (n < 2) return;
    word *src = l->items, *tmp = l->atomic ? GC_MALLOC_ATOMIC((size_t)n * 8) : GC_MALLOC((size_t)n * 8);
    if (!tmp) { rt_raise_memory(); return; }
    for (int64_t i = 1; i < n; i++) {   /* insertion sort runs of 16 */
        if (i % 16 == 0) continue;
        word x = src[i]; int64_t j = i;
        while (j % 16 != 0 && less(d, x, src[j - 1])) { src[j] = src[j - 1]; j--; }
        src[j] = x;
    }
    for (int64_t w = 16; w < n; w *= 2) {
        for (int64_t lo = 0; lo < n; lo += 2 * w) {
            int64_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            int64_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = less(d, src[j], src[i]) ? src[j++] : src[i++];
            while (i < mid) tmp[k++] = src[i++];
            while (j < hi) tmp[k++] = src[j++];
        }
        word *t = src; src = tmp; tmp = t;
    }
    if (src != l->items) l->items = src;
}

/* ---- dicts ---- */
static int64_t key_hash(Dict *d, word k) {
    if (d->kd) {
        if (d->kd->kind == K_STR && k && ((Str *)k)->hash) return ((Str *)k)->hash;
        return rt_word_hash(d->kd, k);
    }
    return d->hashf(k);
}
static int64_t key_eq(Dict *d, word a, word b) {
    if (d->kd) {
        if (d->kd->kind == K_STR) return rt_str_eq((Str *)a, (Str *)b);   /* checks identity first */
        return rt_word_eq(d->kd, a, b);
    }
    if (a == b) return 1;
    return d->eq(a, b);
}

static Dict *dict_alloc(const TypeDesc *kd, int64_t atomic) {
    Dict *d = rt_alloc(sizeof(Dict));
    if (!d) return NULL;
    d->kd = kd; d->atomic = atomic;
    d->memo_entry = -1;
    d->cap = 8; d->mask = 31;    /* a sparse index for small dicts: most keys in their first slot */
    d->entries = atomic ? rt_alloc_atomic(8 * (int64_t)sizeof(DEntry)) : rt_alloc(8 * (int64_t)sizeof(DEntry));
    d->index = rt_alloc_atomic(32 * 8);
    if (!d->entries || !d->index) return NULL;
    memset(d->index, 0xff, 32 * 8);
    return d;
}

Dict *rt_dict_new(const TypeDesc *kd, int64_t atomic) { return dict_alloc(kd, atomic); }
Dict *rt_rdict_new(rdict_eq_fn eq, rdict_hash_fn h) {
    Dict *d = dict_alloc(NULL, 0);
    if (d) { d->eq = eq; d->hashf = h; }
    return d;
}

/* slot of key k in the index, or -(free slot)-1 */
static int64_t lookup_probe(Dict *d, word k, int64_t h);

/* the common hit: the key itself (a literal, an interned name) in its
   first slot, with no call and no frame */
static inline int64_t lookup(Dict *d, word k, int64_t h) {
    uint64_t i = (uint64_t)h & (uint64_t)d->mask;
    int64_t e = d->index[i];
    if (e >= 0 && d->entries[e].key == k && (!d->kd || d->kd->kind != K_FLOAT)) return (int64_t)i;
    if (e == -1) return -(int64_t)i - 1;        /* a never-used first slot: absent, and where it goes */
    return lookup_probe(d, k, h);
}

__attribute__((noinline)) static int64_t lookup_probe(Dict *d, word k, int64_t h) {
    uint64_t mask = (uint64_t)d->mask, i = (uint64_t)h & mask, perturb = (uint64_t)h;
    int64_t freeslot = -1;
    for (;;) {
        int64_t e = d->index[i];
        if (e == -1) return freeslot >= 0 ? -freeslot - 1 : -(int64_t)i - 1;
        if (e == -2) { if (freeslot < 0) freeslot = (int64_t)i; }
        else {
            DEntry *en = &d->entries[e];
            if (en->key == k && (!d->kd || d->kd->kind != K_FLOAT)) return (int64_t)i;   /* same key (a NaN is not) */
            if (en->hash == h) {
                int64_t eq = key_eq(d, en->key, k);
                if (rt_exc) return -1;
                if (eq) return (int64_t)i;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void rebuild(Dict *d, int64_t cap) {
    DEntry *old = d->entries;
    int64_t n = d->used;
    DEntry *ne = d->atomic ? rt_alloc_atomic(cap * (int64_t)sizeof(DEntry)) : rt_alloc(cap * (int64_t)sizeof(DEntry));
    int64_t isize = 8;
    while (isize < cap * (cap <= 256 ? 4 : 2)) isize *= 2;
    int64_t *idx = rt_alloc_atomic(isize * 8);
    if (!ne || !idx) return;
    memset(idx, 0xff, (size_t)isize * 8);
    int64_t k = 0;
    uint64_t mask = (uint64_t)isize - 1;
    for (int64_t j = 0; j < n; j++) {
        if (!old[j].live) continue;
        ne[k] = old[j];
        uint64_t h = (uint64_t)ne[k].hash, i = h & mask, perturb = h;
        while (idx[i] != -1) { perturb >>= 5; i = (i * 5 + 1 + perturb) & mask; }
        idx[i] = k++;
    }
    d->entries = ne; d->index = idx; d->mask = (int64_t)mask; d->cap = cap; d->used = k;
}

static void nokey(Dict *d, word k) {
    rt_raise_str(E_KEY, d->kd ? rt_word_repr(d->kd, k) : rt_str_from_cstr("<object>"));
}

int64_t rt_dict_len(Dict *d) { NN(d, "__len__"); return d->len; }

/* The entry of key k, or -1.  A lookup that finds k remembers where
   (memo_key, memo_entry), so that storing to the same key next, as in
   d[k] = d.get(k, 0) + 1 or d[k] += 1, skips the second search.  The
   memo is checked, never trusted: the entry must still hold k, live
   (deleting clears the key, rebuilding moves entries).  Identical words
   are equal keys except a float NaN, which never uses the memo. */
static inline int64_t memo_hit(Dict *d, word k) {
    int64_t e = d->memo_entry;
    if (d->memo_key != k || e < 0 || e >= d->used) return -1;
    DEntry *en = &d->entries[e];
    if (en->key != k || !en->live || (d->kd && d->kd->kind == K_FLOAT)) return -1;
    return e;
}

__attribute__((noinline)) static int64_t find_entry_slow(Dict *d, word k) {
    int64_t e = memo_hit(d, k);
    if (e >= 0) return e;
    int64_t h = key_hash(d, k); if (rt_exc) return -1;
    int64_t s = lookup(d, k, h); if (rt_exc || s < 0) return -1;
    e = d->index[s];
    d->memo_key = k; d->memo_entry = e;
    return e;
}

/* The common hit without a call: a str key whose hash is cached or an
   int key, found by identity in its first slot. */
static inline int64_t find_entry(Dict *d, word k) {
    const TypeDesc *kd = d->kd;
    if (kd) {
        int64_t h;
        if (kd->kind == K_STR && k) h = ((Str *)k)->hash;
        else if (kd->kind == K_INT) h = k;
        else h = 0;
        if (h) {
            int64_t e = d->index[(uint64_t)h & (uint64_t)d->mask];
            if (e >= 0 && d->entries[e].key == k) { d->memo_key = k; d->memo_entry = e; return e; }
        }
    }
    return find_entry_slow(d, k);
}

word rt_dict_getitem(Dict *d, word k) {
    NN(d, "__getitem__");
    int64_t e = find_entry(d, k);
    if (e < 0) { if (!rt_exc) nokey(d, k); return 0; }
    return d->entries[e].value;
}

int64_t rt_dict_contains(Dict *d, word k) {
    NN(d, "__contains__");
    return find_entry(d, k) >= 0;
}

word rt_dict_get(Dict *d, word k, word dflt) {
    NN(d, "get");
    int64_t e = find_entry(d, k);
    if (rt_exc) return 0;
    return e < 0 ? dflt : d->entries[e].value;
}

/* returns the entry's position */
static int64_t insert(Dict *d, word k, word v, int overwrite) {
    int64_t m = memo_hit(d, k);
    if (m >= 0) { if (overwrite) d->entries[m].value = v; return m; }
    int64_t h = key_hash(d, k); if (rt_exc) return -1;
    int64_t s = lookup(d, k, h); if (rt_exc) return -1;
    if (s >= 0) { int64_t e = d->index[s]; if (overwrite) d->entries[e].value = v; return e; }
    if (d->used == d->cap || (d->used + 1) * 3 > (d->mask + 1) * 2) {
        rebuild(d, d->len * 2 + 8 > d->cap ? (d->len + 1) * 2 : d->cap);
        if (rt_exc) return -1;
        s = lookup(d, k, h); if (rt_exc) return -1;
    }
    int64_t e = d->used++;
    d->entries[e].hash = h; d->entries[e].key = k; d->entries[e].value = v; d->entries[e].live = 1;
    d->index[-s - 1] = e;
    d->len++;
    d->memo_key = k; d->memo_entry = e;
    if (d->kd && d->kd->kind == K_STR && k) rt_str_share((Str *)k);
    return e;
}

void rt_dict_setitem(Dict *d, word k, word v) { NN(d, "__setitem__"); insert(d, k, v, 1); }

word rt_dict_setdefault(Dict *d, word k, word v) {
    NN(d, "setdefault");
    int64_t e = insert(d, k, v, 0);
    return e < 0 ? 0 : d->entries[e].value;
}

static word remove_key(Dict *d, word k, int *found) {
    int64_t h = key_hash(d, k); if (rt_exc) return 0;
    int64_t s = lookup(d, k, h); if (rt_exc) return 0;
    if (s < 0) { *found = 0; return 0; }
    *found = 1;
    int64_t e = d->index[s];
    word v = d->entries[e].value;
    d->index[s] = -2;
    d->entries[e].live = 0; d->entries[e].key = 0; d->entries[e].value = 0;
    d->len--;
    return v;
}

void rt_dict_delitem(Dict *d, word k) {
    NN(d, "__delitem__");
    int f; remove_key(d, k, &f);
    if (!rt_exc && !f) nokey(d, k);
}

word rt_dict_pop(Dict *d, word k) {
    NN(d, "pop");
    int f; word v = remove_key(d, k, &f);
    if (!rt_exc && !f) nokey(d, k);
    return v;
}

word rt_dict_pop_default(Dict *d, word k, word dflt) {
    NN(d, "pop");
    int f; word v = remove_key(d, k, &f);
    return f ? v : dflt;
}

/* what: 0 keys, 1 values, 2 items (tuples of two words) */
List *rt_dict_list(Dict *d, int64_t what, int64_t atomic) {
    NN(d, "keys");
    List *l = rt_list_new(d->len, atomic);
    if (!l) return NULL;
    int64_t k = 0;
    for (int64_t j = 0; j < d->used; j++) {
        DEntry *e = &d->entries[j];
        if (!e->live) continue;
        if (what == 0) l->items[k++] = e->key;
        else if (what == 1) l->items[k++] = e->value;
        else {
            word *t = rt_alloc(16);
            if (!t) return NULL;
            t[0] = e->key; t[1] = e->value;
            l->items[k++] = (word)t;
        }
    }
    return l;
}

void rt_dict_clear(Dict *d) {
    NN(d, "clear");
    Dict *n = dict_alloc(d->kd, d->atomic);
    if (!n) return;
    n->eq = d->eq; n->hashf = d->hashf;
    *d = *n;
}

Dict *rt_dict_copy(Dict *d) {
    NN(d, "copy");
    Dict *n = rt_alloc(sizeof(Dict));
    if (!n) return NULL;
    *n = *d;
    rebuild(n, d->cap);
    return rt_exc ? NULL : n;     /* never a copy that shares d's entries */
}

/* ---- StringBuilder: bytes until a code point >= 256 arrives ---- */
static int sb_reserve(StrBuf *b, int64_t n, int wide) {
    if (wide && !b->wide) {            /* widen what is there */
        int64_t cap = b->cap > b->len + n ? b->cap : b->len + n + 16;
        uint32_t *nd = GC_MALLOC_ATOMIC((size_t)cap * 4);
        if (!nd) { rt_raise_memory(); return 0; }
        for (int64_t i = 0; i < b->len; i++) nd[i] = b->data[i];
        b->data = (unsigned char *)nd; b->cap = cap; b->wide = 1;
    }
    if (b->len + n > b->cap) {
        int64_t cap = b->cap * 2 + 16;
        if (cap < b->len + n) cap = b->len + n;
        int cw = b->wide ? 4 : 1;
        unsigned char *nd = GC_MALLOC_ATOMIC((size_t)cap * cw);
        if (!nd) { rt_raise_memory(); return 0; }
        if (b->len) memcpy(nd, b->data, (size_t)b->len * cw);
        free_private(b->data, b->cap * cw);
        b->data = nd; b->cap = cap;
    }
    return 1;
}

void rt_sb_push_str(StrBuf *b, Str *s, int64_t start, int64_t n) {
    if (n <= 0) return;
    if (!sb_reserve(b, n, (int)s->wide)) return;
    if (b->wide == s->wide) memcpy(b->data + b->len * (b->wide ? 4 : 1), s->data + start * (s->wide ? 4 : 1),
                                   (size_t)n * (s->wide ? 4 : 1));
    else for (int64_t i = 0; i < n; i++) ((uint32_t *)b->data)[b->len + i] = s->data[start + i];
    b->len += n;
}

void rt_sb_push_cp(StrBuf *b, uint32_t c) {
    if (!sb_reserve(b, 1, c >= 256)) return;
    if (b->wide) ((uint32_t *)b->data)[b->len++] = c;
    else b->data[b->len++] = (unsigned char)c;
}

void rt_sb_push_ascii(StrBuf *b, const char *p, int64_t n) {
    for (int64_t i = 0; i < n; i++) rt_sb_push_cp(b, (unsigned char)p[i]);
}

Str *rt_sb_build(StrBuf *b) {
    if (rt_exc) return NULL;      /* a push ran out of memory: no half-made string */
    Str *s = rt_str_alloc(b->len, b->wide);
    if (s && b->len) memcpy(s->data, b->data, (size_t)b->len * (b->wide ? 4 : 1));
    return b->wide ? rt_str_canon(s) : s;
}

StrBuf *rt_new_stringbuilder(void) { return rt_alloc(sizeof(StrBuf)); }
void rt_sb_append(StrBuf *b, Str *s) {
    NN(b, "append"); NN(s, "append");
    int64_t n = s->len;
    if (!s->wide && !b->wide && b->len + n <= b->cap) {   /* the common case: bytes into room */
        unsigned char *d = b->data + b->len;
        if (n <= 16) for (int64_t i = 0; i < n; i++) d[i] = s->data[i];
        else memcpy(d, s->data, (size_t)n);
        b->len += n;
        return;
    }
    rt_sb_push_str(b, s, 0, n);
}
void rt_sb_append_slice(StrBuf *b, Str *s, int64_t i, int64_t j) {
    NN(b, "append_slice"); NN(s, "append_slice");
    int64_t len = s->len;
    if (i < 0) { i += len; if (i < 0) i = 0; } else if (i > len) i = len;
    if (j < 0) { j += len; if (j < 0) j = 0; } else if (j > len) j = len;
    if (j > i) rt_sb_push_str(b, s, i, j - i);
}
void rt_sb_append_multiple_char(StrBuf *b, Str *c, int64_t n) {
    NN(b, "append_multiple_char");
    if (n > 0 && c->len == 1 && !c->wide) {     /* one byte n times: room once, then memset */
        if (!sb_reserve(b, n, 0)) return;
        if (b->wide) for (int64_t i = 0; i < n; i++) ((uint32_t *)b->data)[b->len + i] = c->data[0];
        else memset(b->data + b->len, c->data[0], (size_t)n);
        b->len += n;
        return;
    }
    for (int64_t i = 0; i < n; i++) rt_sb_push_str(b, c, 0, c->len);
}
int64_t rt_sb_getlength(StrBuf *b) { NN(b, "getlength"); return b->len; }
Str *rt_sb_build_op(StrBuf *b) { NN(b, "build"); return rt_sb_build(b); }
