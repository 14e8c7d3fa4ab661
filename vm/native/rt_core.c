/* Startup, exit, exceptions, the stack guard, allocation and I/O. */
#include "rt.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <locale.h>
#include <unistd.h>
#include <signal.h>
#include <sys/stat.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>

/* rt_exc (the exception being propagated) and rt_stack_limit are defined
   by the generated module, so that its code reaches them directly. */
static ExcObject *memory_error; /* preallocated: raising it must not allocate */

#define MAIN_STACK_SIZE ((size_t)1 << 27)   /* 128 MiB, reserved lazily: 10 million frames do not fit */
#define STACK_MARGIN ((int64_t)1 << 20)     /* room for runtime calls and reports */
/* Free lists for objects up to RT_FL_GRANULES - 1 granules; the generated
   code computes granules with the same constants (funcgen.py gc_alloc). */
#define RT_FL_GRANULES 17
#define RT_GRANULE 16
#define RT_EXTRA_BYTES 1
#define RT_FL_MAX_BYTES ((RT_FL_GRANULES - 1) * RT_GRANULE - RT_EXTRA_BYTES)
_Static_assert(RT_GRANULE == GC_GRANULE_BYTES, "Boehm's granule size");

/* ---- allocation ----
   Small objects come from free lists of our own, one per kind (0 =
   pointer-free, 1 = normal) and size in granules, that the generated code
   pops inline (docs/backend-native.md, "Memory"): Boehm's GC_malloc goes
   through a PLT call, a TLS lookup (__tls_get_addr, the library is
   position independent) and size-class arithmetic for each object.  Only
   one thread runs the program at a time, so plain globals do; a list is
   refilled with a whole block's worth of objects by
   GC_generic_malloc_many (normal objects come cleared but for the link
   word; pointer-free ones are not cleared).  The lists are roots, so the
   few objects waiting on them stay alive: harmless.  The collector does
   not scan pointer-free objects, so the links of those lists would keep
   nothing alive: push_freelists marks each of their objects. */

extern void *rt_freelists[2][RT_FL_GRANULES];   /* defined by the generated module, as rt_exc */

/* Out of memory.  Every allocation's caller tests for NULL (the
   generated code after each allocating runtime call, the runtime after
   its own), so a failure raises MemoryError at once.  The first failure
   also gives a 32 MiB reserve, malloc'ed at start-up, back to the
   system: the handler that catches the MemoryError, and the report of
   an uncaught one, have room to run.  The reserve is taken again after a
   collection that leaves room. */
#define OOM_RESERVE ((size_t)32 << 20)
static void *oom_reserve;
static void *oom(size_t n) {
    (void)n;
    if (oom_reserve) { free(oom_reserve); oom_reserve = NULL; }
    return NULL;
}
static void GC_CALLBACK after_collection(GC_EventType ev) {
    if (ev == GC_EVENT_END && !oom_reserve && GC_get_free_bytes() > 2 * OOM_RESERVE)
        oom_reserve = malloc(OOM_RESERVE);
}
/* Boehm's warnings ("Out of Memory! Heap size ...", "Repeated allocation
   of very large block") are not the program's output: shown only with
   TANDEM_GC_WARNINGS set. */
static void GC_CALLBACK quiet_warning(char *msg, GC_word arg) { (void)msg; (void)arg; }

void *rt_alloc_refill(int64_t granules, int64_t normal) {
    void **fl = &rt_freelists[normal][granules];
    GC_generic_malloc_many((size_t)granules * RT_GRANULE, normal ? GC_I_NORMAL : GC_I_PTRFREE, fl);
    void *p = *fl;
    if (!p) { oom(0); rt_exc = (Object *)memory_error; return NULL; }   /* Boehm does not call oom here */
    *fl = *(void **)p;
    *(void **)p = NULL;
    return p;
}

static GC_push_other_roots_proc push_other_roots_before;

static void GC_CALLBACK push_freelists(void) {
    for (int g = 1; g < RT_FL_GRANULES; g++)
        for (void **p = rt_freelists[0][g]; p; p = *p)
            GC_push_all_eager(p, p + 1);   /* the link word: marks the next object */
    if (push_other_roots_before) push_other_roots_before();
}

/* The granules an object of size bytes occupies, as GC_malloc rounds it:
   with interior pointers recognised, one extra byte so that a pointer just
   past the end still keeps the object alive. */
static inline int64_t granules_of(int64_t size) { return (size + RT_EXTRA_BYTES + RT_GRANULE - 1) / RT_GRANULE; }

static inline void *small_alloc(int64_t size, int normal) {
    int64_t g = granules_of(size);
    void **fl = &rt_freelists[normal][g];
    void *p = *fl;
    if (__builtin_expect(p == NULL, 0)) return rt_alloc_refill(g, normal);
    *fl = *(void **)p;
    *(void **)p = NULL;
    return p;
}

void *rt_alloc(int64_t size) {
    if (size < 0) { rt_exc = (Object *)memory_error; return NULL; }
    if (size <= RT_FL_MAX_BYTES) return small_alloc(size, 1);
    void *p = GC_MALLOC((size_t)size);
    if (!p) rt_exc = (Object *)memory_error;
    return p;
}

void *rt_alloc_atomic(int64_t size) {
    if (size < 0) { rt_exc = (Object *)memory_error; return NULL; }
    void *p = size <= RT_FL_MAX_BYTES ? small_alloc(size, 0) : GC_MALLOC_ATOMIC((size_t)size);
    if (!p) rt_exc = (Object *)memory_error;
    else memset(p, 0, (size_t)size);
    return p;
}

/* generated code allocates with GC_malloc itself and calls this when it fails */
void rt_raise_memory(void) { rt_exc = (Object *)memory_error; }

/* ---- exceptions ---- */
void rt_raise_str(int which, Str *msg) {
    if (!msg && rt_exc == (Object *)memory_error) return;   /* the message could not be made */
    ExcObject *e = GC_MALLOC(sizeof(ExcObject));
    if (!e) { rt_exc = (Object *)memory_error; return; }
    e->vt = rt_exc_vtables[which];
    e->message = msg;
    rt_exc = (Object *)e;
}

void rt_raise(int which, const char *msg) { rt_raise_str(which, rt_str_from_cstr(msg)); }

void rt_raise_stack_overflow(void) { rt_raise(E_STACK, "maximum recursion depth exceeded"); }

/* ---- stdout/stderr: stdout is buffered and flushed at exit and before
   anything goes to stderr ---- */
static char outbuf[1 << 16];
static size_t outlen = 0;

/* 0, or the errno of a failed write */
static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0) { if (errno == EINTR) continue; return errno; }
        p += k; n -= (size_t)k;
    }
    return 0;
}

/* Internal flushes (before stderr, at exit) are quiet: a closed stdout is
   reported only to the program's own writes, through the two below. */
void rt_flush_stdout(void) { write_all(1, outbuf, outlen); outlen = 0; }

/* What cannot be written is dropped and raises OSError, e.g.
   "[Errno 32] Broken pipe" (SIGPIPE is ignored at start-up). */
static void raise_write_error(int err) {
    char msg[160];
    snprintf(msg, sizeof msg, "[Errno %d] %s", err, strerror(err));
    rt_raise(E_OS, msg);
}

static void flush_stdout_or_raise(void) {
    int err = write_all(1, outbuf, outlen);
    outlen = 0;
    if (err) raise_write_error(err);
}

/* A terminal sees each line as it is written (as CPython's stdout on a
   tty): a REPL or a long loop's progress lines show before the call ends. */
static int stdout_is_tty;

static void out_bytes(const char *p, size_t n) {
    if (outlen + n > sizeof outbuf) {
        flush_stdout_or_raise();
        if (rt_exc) return;
    }
    if (n > sizeof outbuf) {
        int err = write_all(1, p, n);
        if (err) raise_write_error(err);
        return;
    }
    memcpy(outbuf + outlen, p, n);
    outlen += n;
}

void rt_fatal(const char *msg) {
    rt_flush_stdout();
    write_all(2, msg, strlen(msg));
    write_all(2, "\n", 1);
    _exit(1);
}

static void report_uncaught(void);

void rt_null(const char *attr) {
    if (rt_exc) {
        /* a pending exception (a MemoryError raised by runtime code that
           cannot report it to its caller) left a NULL
           result behind: report it, not its consequence */
        report_uncaught();
        _exit(1);
    }
    char buf[300];
    snprintf(buf, sizeof buf, "AttributeError: 'NoneType' object has no attribute '%s'", attr);
    rt_fatal(buf);
}

int64_t rt_str_is_ascii(Str *s);

void rt_ext_io_write_stdout(Str *s) {
    if (!s) rt_null("write");
    int64_t n;
    char *p;
    if (rt_str_is_ascii(s)) { p = (char *)s->data; n = s->len; }   /* its bytes are its UTF-8 */
    else p = rt_str_to_utf8(s, &n);
    out_bytes(p, (size_t)n);
    if (!rt_exc && stdout_is_tty && memchr(p, '\n', (size_t)n)) flush_stdout_or_raise();
}

void rt_ext_io_write_stderr(Str *s) {
    if (!s) rt_null("write");
    rt_flush_stdout();
    int64_t n; char *p = rt_str_to_utf8(s, &n);
    write_all(2, p, (size_t)n);
}

void rt_ext_io_flush_stdout(void) { flush_stdout_or_raise(); }

static void raise_oserror(Str *path) {
    int err = errno;
    char head[200];
    snprintf(head, sizeof head, "[Errno %d] %s: ", err, strerror(err));
    rt_raise_str(E_OS, rt_str_concat(rt_str_from_cstr(head), rt_str_repr(path)));
}

Str *rt_ext_io_read_file(Str *path) {
    if (!path) rt_null("read");
    char *p = rt_str_to_utf8(path, NULL);
    if (!p) { rt_raise_memory(); return NULL; }
    FILE *f = fopen(p, "rb");
    struct stat st;
    if (f && fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) { fclose(f); errno = EISDIR; f = NULL; }
    if (!f) { raise_oserror(path); return NULL; }
    size_t cap = 1 << 14, n = 0;
    char *buf = GC_MALLOC_ATOMIC(cap);
    for (;;) {
        if (buf && n == cap) { cap *= 2; char *nb = GC_MALLOC_ATOMIC(cap); if (nb) memcpy(nb, buf, n); buf = nb; }
        if (!buf) { fclose(f); rt_raise_memory(); return NULL; }
        size_t k = fread(buf + n, 1, cap - n, f);
        if (k == 0) break;
        n += k;
    }
    fclose(f);
    return rt_str_from_utf8(buf, (int64_t)n);
}

void rt_ext_io_write_file(Str *path, Str *data) {
    if (!path || !data) rt_null("write");
    char *p = rt_str_to_utf8(path, NULL);
    if (!p) { rt_raise_memory(); return; }
    int64_t n; char *d = rt_str_to_utf8(data, &n);
    if (!d) { rt_raise_memory(); return; }
    FILE *f = fopen(p, "wb");
    if (!f) { raise_oserror(path); return; }
    fwrite(d, 1, (size_t)n, f);
    fclose(f);
}

Str *rt_ext_io_read_line_stdin(void) {
    char *line = NULL; size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n <= 0) { free(line); return rt_str_new(0); }
    Str *s = rt_str_from_utf8(line, n);
    free(line);
    return s;
}

int64_t rt_ext_io_file_exists(Str *path) {
    struct stat st;
    char *p = rt_str_to_utf8(path, NULL);
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* ---- startup ---- */
static int g_argc;
static char **g_argv;
static int exit_code;

/* A string to fd 2 for a report: ASCII goes as it is, without allocating
   (an uncaught MemoryError is reported when the heap is full); other text
   is converted to UTF-8, or written as "?" when even that fails. */
static void write_report_str(Str *s) {
    if (rt_str_is_ascii(s)) { write_all(2, (const char *)s->data, (size_t)s->len); return; }
    int64_t n = 0;
    char *p = rt_str_to_utf8(s, &n);
    if (p) write_all(2, p, (size_t)n);
    else write_all(2, "?", 1);
}

static void report_uncaught(void) {
    Object *e = rt_exc;
    rt_exc = NULL;
    rt_flush_stdout();
    Str *msg = tandem_exc_str(e);
    if (rt_exc) { msg = NULL; rt_exc = NULL; }
    write_report_str(e->vt->pyname);
    if (msg && msg->len > 0) {
        write_all(2, ": ", 2);
        write_report_str(msg);
    }
    write_all(2, "\n", 1);
}

static void *run_main(void *unused) {
    (void)unused;
    char here;
    rt_stack_limit = (int64_t)(uintptr_t)&here - (int64_t)MAIN_STACK_SIZE + 2 * STACK_MARGIN;
    tandem_prog_init();
    if (rt_exc) { report_uncaught(); exit_code = 1; return NULL; }
    List *args = rt_list_new(0, 0);
    for (int i = 0; i < g_argc; i++)
        rt_list_append(args, (word)rt_str_from_cstr(g_argv[i]));
    int64_t code = tandem_entry(args);
    if (rt_exc) { rt_stack_limit -= STACK_MARGIN; report_uncaught(); code = 1; }
    rt_flush_stdout();
    exit_code = (int)(code & 0xff);
    return NULL;
}

static void on_segv(int sig) {
    (void)sig;
    if (rt_exc == (Object *)memory_error) {   /* a NULL left behind by a MemoryError */
        report_uncaught();
        _exit(1);
    }
    rt_fatal("Fatal error: invalid memory access (a None reference used as an object?)");
}

/* GC and the preallocated MemoryError (executables and shared libraries). */
void rt_runtime_init(void) {
    setlocale(LC_CTYPE, "C.UTF-8");
    GC_INIT();
    /* collect when the program has allocated as much as the heap holds,
       rather than a third of it (Boehm's default divisor 3): each
       collection marks all live data, so a program with a large live set
       that allocates much (binary_trees 17) collects half as often as with
       2 and spends 30% less CPU time, for 38 MiB of RSS instead of 31;
       GC_FREE_SPACE_DIVISOR still overrides it */
    if (!getenv("GC_FREE_SPACE_DIVISOR")) GC_set_free_space_divisor(1);
    /* start with 8 MiB of heap, not Boehm's few hundred KiB: every
       collection stops the big-stack main thread with signals, and a
       program whose live data stays small otherwise collects thousands of
       times (scheduler: 0.07 s of system time, 0.42 s instead of 0.22 s);
       GC_INITIAL_HEAP_SIZE still overrides it */
    if (!getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(8 << 20);
    stdout_is_tty = isatty(1);
    GC_set_oom_fn(oom);
    oom_reserve = malloc(OOM_RESERVE);
    GC_set_on_collection_event(after_collection);
    if (!getenv("TANDEM_GC_WARNINGS")) GC_set_warn_proc(quiet_warning);
    GC_allow_register_threads();
    extern void rt_chars_init(void);
    rt_chars_init();
    memory_error = GC_MALLOC(sizeof(ExcObject));
    memory_error->vt = rt_exc_vtables[E_MEMORY];
    memory_error->message = rt_str_new(0);
    GC_add_roots(&memory_error, &memory_error + 1);
    GC_add_roots(rt_freelists, rt_freelists + 2);
    push_other_roots_before = GC_get_push_other_roots();
    GC_set_push_other_roots(push_freelists);
}

/* Report an uncaught exception (stdout flushed first); clears rt_exc. */
void rt_report_uncaught(void) { report_uncaught(); }

int tandem_start(int argc, char **argv) {
    g_argc = argc; g_argv = argv;
    rt_runtime_init();
    signal(SIGPIPE, SIG_IGN);   /* a closed pipe is an OSError, as in CPython */
    static char altstack[1 << 16];
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0 };
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, MAIN_STACK_SIZE);
    pthread_t t;
    if (pthread_create(&t, &attr, run_main, NULL) != 0) rt_fatal("cannot start the main thread");
    pthread_join(t, NULL);
    rt_flush_stdout();
    return exit_code;
}
