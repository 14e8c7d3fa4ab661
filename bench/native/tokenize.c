/* The C version of tokenize.py: generate a source text with an LCG, scan it
   byte by byte (the text is ASCII), intern identifiers in a hash table,
   count token kinds and operators (enums; the printed order is first-seen
   order, as Python's dicts give), build the normalised text in a growable
   buffer and checksum it.  Memory comes from Boehm GC, as in the others. */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINES_PER_FILE 200

static const char *SYLLABLES[10] = {"ka", "lo", "mi", "ne", "ru", "ta", "zo", "pe", "qu", "xi"};
static const char *WORDS[8] = {"alpha", "beta", "gamma", "delta", "omega", "sigma", "tau", "phi"};
static const char *BINOPS[14] = {"+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "**", "&&", "||"};
static const char *HEXDIGITS = "0123456789abcdef";
static const char *KEYWORDS[9] = {"let", "if", "then", "end", "while", "do", "print", "fn", "return"};

/* ---- growable byte buffer ---- */
typedef struct { char *p; size_t len, cap; } Buf;

static void buf_reserve(Buf *b, size_t extra) {
    if (b->len + extra <= b->cap) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra) cap *= 2;
    b->p = b->p ? GC_REALLOC(b->p, cap) : GC_MALLOC_ATOMIC(cap);    /* text: no pointers to scan */
    b->cap = cap;
}
static void buf_put(Buf *b, const char *s, size_t n) { buf_reserve(b, n); memcpy(b->p + b->len, s, n); b->len += n; }
static void buf_str(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }
static void buf_char(Buf *b, char c) { buf_reserve(b, 1); b->p[b->len++] = c; }
static void buf_long(Buf *b, long v) {           /* v >= 0 here; sprintf would dominate the profile */
    char tmp[24];
    int k = 0;
    do { tmp[k++] = (char)('0' + v % 10); v /= 10; } while (v);
    buf_reserve(b, (size_t)k);
    while (k) b->p[b->len++] = tmp[--k];
}

/* ---- the generator ---- */
static long seed = 2024;
static long rnd(long n) { seed = (seed * 1103515245 + 12345) % 2147483648L; return (seed >> 8) % n; }

static void gen_expr(Buf *b, int depth);

static void gen_ident(Buf *b) {
    buf_str(b, SYLLABLES[rnd(10)]);
    buf_str(b, SYLLABLES[rnd(10)]);
    long k = rnd(4);
    if (k == 0) { buf_char(b, '_'); buf_long(b, rnd(50)); }
    else if (k == 1) buf_str(b, SYLLABLES[rnd(10)]);
}

static void gen_number(Buf *b) {
    long k = rnd(6);
    if (k < 2) buf_long(b, rnd(100000));
    else if (k == 2) { buf_str(b, "00"); buf_long(b, rnd(1000)); }
    else if (k == 3) {
        buf_str(b, "0x");
        for (long i = 1 + rnd(6); i > 0; i--) buf_char(b, HEXDIGITS[rnd(16)]);
    } else if (k == 4) { buf_long(b, rnd(1000)); buf_char(b, '.'); buf_long(b, rnd(1000)); }
    else {
        buf_long(b, rnd(100)); buf_char(b, '.'); buf_long(b, rnd(10));
        buf_str(b, rnd(2) == 0 ? "e-" : "e");
        buf_long(b, rnd(20));
    }
}

static void gen_string(Buf *b) {
    buf_char(b, '"');
    long n = 1 + rnd(4);
    for (long i = 0; i < n; i++) {
        if (i > 0) buf_char(b, ' ');
        switch (rnd(8)) {
        case 0: buf_str(b, "\\n"); break;
        case 1: buf_str(b, "\\t"); break;
        case 2: buf_str(b, "\\\""); break;
        case 3: buf_str(b, "\\\\"); break;
        case 4: buf_str(b, "it's"); break;
        default: buf_str(b, WORDS[rnd(8)]);
        }
    }
    buf_char(b, '"');
}

static void gen_term(Buf *b, int depth) {
    long k = rnd(10);
    if (k < 4) gen_ident(b);
    else if (k < 7) gen_number(b);
    else if (k == 7 && depth < 3) { buf_char(b, '('); gen_expr(b, depth + 1); buf_char(b, ')'); }
    else if (k == 8 && depth < 3) {
        gen_ident(b);
        buf_char(b, '(');
        gen_expr(b, depth + 1);
        if (rnd(2) == 0) { buf_str(b, ", "); gen_expr(b, depth + 1); }
        buf_char(b, ')');
    } else gen_string(b);
}

static void gen_expr(Buf *b, int depth) {
    gen_term(b, depth);
    for (long n = rnd(4); n > 0; n--) {
        int tight = rnd(3) == 0;
        if (!tight) buf_char(b, ' ');
        buf_str(b, BINOPS[rnd(14)]);
        if (!tight) buf_char(b, ' ');
        gen_term(b, depth);
    }
}

static void gen_line(Buf *b) {
    long indent = rnd(4);
    if (indent == 3) buf_char(b, '\t');
    else for (long i = 0; i < indent * 4; i++) buf_char(b, ' ');
    switch (rnd(6)) {
    case 0: buf_str(b, "let "); gen_ident(b); buf_str(b, " = "); gen_expr(b, 0); buf_char(b, ';'); break;
    case 1: buf_str(b, "print("); gen_expr(b, 0); buf_str(b, ");"); break;
    case 2:
        buf_str(b, "if "); gen_expr(b, 0); buf_str(b, " then "); gen_ident(b);
        buf_str(b, " := "); gen_expr(b, 0); buf_str(b, "; end");
        break;
    case 3:
        buf_str(b, "while "); gen_expr(b, 0); buf_str(b, " do "); gen_ident(b);
        buf_str(b, " := "); gen_ident(b); buf_str(b, " + 1; end");
        break;
    case 4:
        buf_str(b, "fn "); gen_ident(b); buf_char(b, '('); gen_ident(b); buf_str(b, ", "); gen_ident(b);
        buf_str(b, ") -> "); gen_expr(b, 0); buf_char(b, ';');
        break;
    default: buf_str(b, "return "); gen_expr(b, 0); buf_char(b, ';');
    }
    if (rnd(4) == 0) { buf_str(b, "  # "); buf_str(b, WORDS[rnd(8)]); buf_char(b, ' '); buf_str(b, WORDS[rnd(8)]); }
    buf_char(b, '\n');
}

/* ---- counters: token kinds and operators, printed in first-seen order ---- */
enum { K_NEWLINE, K_COMMENT, K_KEYWORD, K_IDENT, K_INT, K_FLOAT, K_STRING, K_OP, NKINDS };
static const char *KIND_NAMES[NKINDS] = {"newline", "comment", "keyword", "ident", "int", "float", "string", "op"};
static const char *OP_TEXT[] = {"==", "!=", "<=", ">=", ":=", "**", "->", "&&", "||",
                                "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", ",", ";"};
#define NOPS (sizeof OP_TEXT / sizeof OP_TEXT[0])

typedef struct { long count[32]; int order[32]; int seen; } Counter;
static Counter kinds, ops;
static void bump(Counter *c, int k) { if (c->count[k]++ == 0) c->order[c->seen++] = k; }

/* ---- the symbol table: open addressing, names interned as GC strings ---- */
typedef struct { const char *name; size_t len; unsigned long hash; long id; } Sym;
static Sym *table;
static size_t table_cap, nsyms;
static const char **names;
static long *uses;
static size_t names_cap;

static unsigned long hash_bytes(const char *s, size_t n) {
    unsigned long h = 1469598103934665603UL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211UL;
    return h;
}

static void table_grow(void) {
    size_t cap = table_cap ? table_cap * 2 : 1024;
    Sym *t = GC_MALLOC(cap * sizeof(Sym));
    for (size_t i = 0; i < table_cap; i++) {
        if (!table[i].name) continue;
        size_t j = table[i].hash & (cap - 1);
        while (t[j].name) j = (j + 1) & (cap - 1);
        t[j] = table[i];
    }
    table = t;
    table_cap = cap;
}

static long intern(const char *s, size_t n) {
    if ((nsyms + 1) * 2 > table_cap) table_grow();
    unsigned long h = hash_bytes(s, n);
    size_t j = h & (table_cap - 1);
    while (table[j].name) {
        if (table[j].hash == h && table[j].len == n && memcmp(table[j].name, s, n) == 0) {
            uses[table[j].id]++;
            return table[j].id;
        }
        j = (j + 1) & (table_cap - 1);
    }
    char *copy = GC_MALLOC_ATOMIC(n + 1);
    memcpy(copy, s, n);
    copy[n] = 0;
    if (nsyms == names_cap) {
        names_cap = names_cap ? names_cap * 2 : 1024;
        names = GC_REALLOC(names, names_cap * sizeof(char *));
        uses = GC_REALLOC(uses, names_cap * sizeof(long));
    }
    table[j] = (Sym){copy, n, h, (long)nsyms};
    names[nsyms] = copy;
    uses[nsyms] = 1;
    return (long)nsyms++;
}

static const size_t KEYWORD_LEN[9] = {3, 2, 4, 3, 5, 2, 5, 2, 6};

static int is_keyword(const char *s, size_t n) {
    for (int k = 0; k < 9; k++)
        if (KEYWORD_LEN[k] == n && s[0] == KEYWORDS[k][0] && memcmp(KEYWORDS[k], s, n) == 0) return 1;
    return 0;
}

/* ---- the scanner ---- */
static long string_chars, comment_chars;

static int is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static void fail(const char *what) { fprintf(stderr, "ScanError: %s\n", what); exit(1); }

static size_t scan_string(const char *src, size_t n, size_t i, Buf *out, Buf *value) {
    value->len = 0;
    i++;
    for (;;) {
        if (i >= n || src[i] == '\n') fail("unterminated string");
        char c = src[i];
        if (c == '"') { i++; break; }
        if (c == '\\') {
            if (++i >= n) fail("unterminated string");
            char e = src[i];
            if (e == 'n') buf_char(value, '\n');
            else if (e == 't') buf_char(value, '\t');
            else if (e == '"' || e == '\\') buf_char(value, e);
            else fail("bad escape");
        } else buf_char(value, c);
        i++;
    }
    bump(&kinds, K_STRING);
    string_chars += (long)value->len;
    buf_reserve(out, value->len * 2 + 2);
    out->p[out->len++] = '\'';
    for (size_t k = 0; k < value->len; k++) {
        char ch = value->p[k];
        if (ch == '\n') { out->p[out->len++] = '\\'; out->p[out->len++] = 'n'; }
        else if (ch == '\t') { out->p[out->len++] = '\\'; out->p[out->len++] = 't'; }
        else if (ch == '\'' || ch == '\\') { out->p[out->len++] = '\\'; out->p[out->len++] = ch; }
        else out->p[out->len++] = ch;
    }
    out->p[out->len++] = '\'';
    return i;
}

static size_t scan_operator(const char *src, size_t n, size_t i, Buf *out) {
    char c = src[i], nxt = i + 1 < n ? src[i + 1] : 0;
    int op = -1;
    if (nxt == '=' && (c == '=' || c == '!' || c == '<' || c == '>' || c == ':'))
        op = c == '=' ? 0 : c == '!' ? 1 : c == '<' ? 2 : c == '>' ? 3 : 4;
    else if (c == '*' && nxt == '*') op = 5;
    else if (c == '-' && nxt == '>') op = 6;
    else if (c == '&' && nxt == '&') op = 7;
    else if (c == '|' && nxt == '|') op = 8;
    else {
        switch (c) {
        case '+': op = 9; break;  case '-': op = 10; break; case '*': op = 11; break;
        case '/': op = 12; break; case '%': op = 13; break; case '<': op = 14; break;
        case '>': op = 15; break; case '=': op = 16; break; case '(': op = 17; break;
        case ')': op = 18; break; case ',': op = 19; break; case ';': op = 20; break;
        default: fail("unexpected character");
        }
    }
    bump(&kinds, K_OP);
    bump(&ops, op);
    size_t len = op < 9 ? 2 : 1;
    buf_put(out, OP_TEXT[op], len);
    return i + len;
}

static void scan(const char *src, size_t n, Buf *out, Buf *value) {
    out->len = 0;
    buf_reserve(out, n);
    size_t i = 0;
    int line_start = 1;
    while (i < n) {
        char c = src[i];
        if (c == ' ' || c == '\t') { i++; continue; }
        if (c == '\n') { bump(&kinds, K_NEWLINE); buf_char(out, '\n'); line_start = 1; i++; continue; }
        if (c == '#') {
            size_t start = i;
            while (i < n && src[i] != '\n') i++;
            bump(&kinds, K_COMMENT);
            comment_chars += (long)(i - start);
            continue;
        }
        if (!line_start) buf_char(out, ' ');
        line_start = 0;
        if (is_ident_start(c)) {
            size_t start = i++;
            while (i < n && is_ident_char(src[i])) i++;
            if (is_keyword(src + start, i - start)) {
                bump(&kinds, K_KEYWORD);
                buf_put(out, src + start, i - start);
            } else {
                bump(&kinds, K_IDENT);
                buf_char(out, 'v');
                buf_long(out, intern(src + start, i - start));
            }
        } else if (is_digit(c)) {
            size_t start = i;
            long value = 0;
            if (c == '0' && i + 1 < n && (src[i + 1] == 'x' || src[i + 1] == 'X')) {
                i += 2;
                int d;
                while (i < n && (d = hex_value(src[i])) >= 0) { value = value * 16 + d; i++; }
                bump(&kinds, K_INT);
                buf_long(out, value);
                continue;
            }
            while (i < n && is_digit(src[i])) { value = value * 10 + (src[i] - '0'); i++; }
            if (i + 1 < n && src[i] == '.' && is_digit(src[i + 1])) {
                i++;
                while (i < n && is_digit(src[i])) i++;
                if (i < n && (src[i] == 'e' || src[i] == 'E')) {
                    i++;
                    if (i < n && (src[i] == '-' || src[i] == '+')) i++;
                    while (i < n && is_digit(src[i])) i++;
                }
                bump(&kinds, K_FLOAT);
                buf_put(out, src + start, i - start);
            } else {
                bump(&kinds, K_INT);
                buf_long(out, value);
            }
        } else if (c == '"') i = scan_string(src, n, i, out, value);
        else i = scan_operator(src, n, i, out);
    }
}

static long checksum(const char *s, size_t n, long h) {
    for (size_t i = 0; i < n; i++) h = (h * 31 + (unsigned char)s[i]) & 0xFFFFFFFFFFFFL;
    return h;
}

int main(int argc, char **argv) {
    GC_INIT();
    long lines = argc > 1 ? atol(argv[1]) : 1000;
    Buf src = {0}, out = {0}, value = {0}, first = {0}, last = {0};
    long h = 0, src_chars = 0, out_chars = 0;
    for (long done = 0; done < lines;) {
        long k = lines - done < LINES_PER_FILE ? lines - done : LINES_PER_FILE;
        src.len = 0;
        for (long j = 0; j < k; j++) gen_line(&src);
        scan(src.p, src.len, &out, &value);
        h = checksum(out.p, out.len, h);
        src_chars += (long)src.len;
        out_chars += (long)out.len;
        if (done == 0) buf_put(&first, out.p, (size_t)((char *)memchr(out.p, '\n', out.len) - out.p));
        size_t e = out.len - 1, s = e;        /* the last line, without its newline */
        while (s > 0 && out.p[s - 1] != '\n') s--;
        last.len = 0;
        buf_put(&last, out.p + s, e - s);
        done += k;
    }
    buf_char(&first, 0);
    buf_char(&last, 0);
    printf("lines %ld source chars %ld output chars %ld checksum %ld\n", lines, src_chars, out_chars, h);
    for (int i = 0; i < kinds.seen; i++) printf("kind %s %ld\n", KIND_NAMES[kinds.order[i]], kinds.count[kinds.order[i]]);
    for (int i = 0; i < ops.seen; i++) printf("op %s %ld\n", OP_TEXT[ops.order[i]], ops.count[ops.order[i]]);
    size_t best = 0;
    for (size_t i = 0; i < nsyms; i++) if (uses[i] > uses[best]) best = i;
    printf("identifiers %zu most used %s %ld\n", nsyms, names[best], uses[best]);
    printf("string chars %ld comment chars %ld\n", string_chars, comment_chars);
    printf("first: %s\n", first.p);
    printf("last: %s\n", last.p);
    return 0;
}
