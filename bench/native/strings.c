/* The C version of strings.py (byte strings; the words are ASCII). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static const char *SYL[8] = {"ka", "lo", "mi", "ne", "ru", "ta", "zo", "pe"};

typedef struct { char *key; long count; } Entry;

static unsigned long hash(const char *s) { unsigned long h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }

static long count_sub(const char *s, const char *sub) {
    long n = 0; size_t k = strlen(sub);
    for (const char *p = strstr(s, sub); p; p = strstr(p + k, sub)) n++;
    return n;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000;
    char *text = malloc((size_t)n * 8 + 1);
    size_t len = 0;
    long seed = 42;
    for (long i = 0; i < n; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648L;
        if (i) text[len++] = ' ';
        memcpy(text + len, SYL[seed % 8], 2); len += 2;
        memcpy(text + len, SYL[(seed >> 3) % 8], 2); len += 2;
        if (seed % 3 == 0) { memcpy(text + len, SYL[(seed >> 6) % 8], 2); len += 2; }
    }
    text[len] = 0;
    size_t cap = 1024;
    Entry *table = calloc(cap, sizeof(Entry));
    Entry **order = malloc(cap * sizeof(Entry *));
    long distinct = 0;
    char *copy = strdup(text);
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
        size_t i = hash(w) & (cap - 1);
        while (table[i].key && strcmp(table[i].key, w)) i = (i + 1) & (cap - 1);
        if (!table[i].key) { table[i].key = w; order[distinct++] = &table[i]; }
        table[i].count++;
    }
    const char *best = ""; long best_n = 0;
    for (long i = 0; i < distinct; i++) if (order[i]->count > best_n) { best = order[i]->key; best_n = order[i]->count; }
    printf("%ld %s %ld\n", distinct, best, best_n);
    char *upper = strdup(text);
    for (char *p = upper; *p; p++) *p = (char)toupper((unsigned char)*p);
    char *f = strstr(text, "zozozo");
    long removed = 0;
    for (char *p = strstr(text, "ka"); p; p = strstr(p + 2, "ka")) removed += 2;
    printf("%ld %ld %ld\n", count_sub(upper, "KA"), f ? (long)(f - text) : -1L, (long)len - removed);
    return 0;
}
