#define _GNU_SOURCE
/* Shared libraries: the embedding C ABI (docs/embedding.md) over the
   program's embed functions, which the generated module exports as
   tandem_embed_<name> (absent ones are NULL: weak references). */
#include "rt.h"
#include <pthread.h>
#include <string.h>

void rt_runtime_init(void);
void rt_report_uncaught(void);

extern int64_t tandem_embed_create_vm(List *) __attribute__((weak));
extern int64_t tandem_embed_configure(int64_t, Str *, Str *) __attribute__((weak));
extern int64_t tandem_embed_run_file(int64_t, Str *) __attribute__((weak));
extern int64_t tandem_embed_run_main(int64_t, Str *) __attribute__((weak));
extern int64_t tandem_embed_eval(int64_t, Str *, Str *, Str *) __attribute__((weak));
extern int64_t tandem_embed_is_complete(int64_t, Str *) __attribute__((weak));
extern List *tandem_embed_complete(int64_t, Str *) __attribute__((weak));
extern int64_t tandem_embed_exit_code(int64_t) __attribute__((weak));
extern void tandem_embed_interrupt(int64_t) __attribute__((weak));

static int initialised;
static char *complete_buf;
/* Set in each thread that enter() registered with the GC: its destructor
   unregisters the thread when it ends, or the next collection would wait
   for a thread that is gone ("Signals delivery fails constantly"). */
static pthread_key_t gc_thread_key;

static void unregister_thread(void *unused) {
    (void)unused;
    GC_unregister_my_thread();
}

int64_t tandem_init(void) {
    if (initialised) return 0;
    initialised = 1;
    pthread_key_create(&gc_thread_key, unregister_thread);
    rt_runtime_init();
    GC_add_roots(&complete_buf, &complete_buf + 1);
    tandem_prog_init();
    if (rt_exc) { rt_report_uncaught(); return 1; }
    return 0;
}

/* Every call: make this thread known to the GC and put the stack guard
   2 MiB above the bottom of its stack. */
static void enter(void) {
    tandem_init();
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) == GC_SUCCESS && GC_register_my_thread(&sb) == GC_SUCCESS)
        pthread_setspecific(gc_thread_key, (void *)1);
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *lo; size_t size;
        pthread_attr_getstack(&attr, &lo, &size);
        rt_stack_limit = (int64_t)(uintptr_t)lo + ((int64_t)2 << 20);
        pthread_attr_destroy(&attr);
    }
}

static int64_t leave(int64_t r) {
    if (rt_exc) { rt_report_uncaught(); r = 1; }
    rt_flush_stdout();
    return r;
}

static Str *S(const char *p) { return rt_str_from_cstr(p ? p : ""); }

int64_t tandem_create_vm(int64_t argc, const char **argv) {
    enter();
    if (!tandem_embed_create_vm) return -1;
    List *l = rt_list_new(0, 0);
    for (int64_t i = 0; i < argc; i++) rt_list_append(l, (word)S(argv[i]));
    return leave(tandem_embed_create_vm(l));
}

int64_t tandem_configure(int64_t vm, const char *k, const char *v) {
    enter();
    return tandem_embed_configure ? leave(tandem_embed_configure(vm, S(k), S(v))) : 1;
}

int64_t tandem_run_file(int64_t vm, const char *path) {
    enter();
    return tandem_embed_run_file ? leave(tandem_embed_run_file(vm, S(path))) : 1;
}

int64_t tandem_run_main(int64_t vm, const char *name) {
    enter();
    return tandem_embed_run_main ? leave(tandem_embed_run_main(vm, S(name))) : 1;
}

int64_t tandem_eval(int64_t vm, const char *src, const char *file, const char *mode) {
    enter();
    return tandem_embed_eval ? leave(tandem_embed_eval(vm, S(src), S(file), S(mode))) : 1;
}

int64_t tandem_is_complete(int64_t vm, const char *src) {
    enter();
    return tandem_embed_is_complete ? leave(tandem_embed_is_complete(vm, S(src))) : 1;
}

const char *tandem_complete(int64_t vm, const char *prefix) {
    enter();
    List *l = tandem_embed_complete ? tandem_embed_complete(vm, S(prefix)) : NULL;
    if (rt_exc) { leave(0); l = NULL; }
    rt_flush_stdout();
    size_t total = 1;
    int64_t n = l ? l->len : 0;
    char **parts = GC_MALLOC((size_t)(n + 1) * sizeof(char *));
    int64_t *lens = GC_MALLOC_ATOMIC((size_t)(n + 1) * sizeof(int64_t));
    for (int64_t i = 0; i < n; i++) { parts[i] = rt_str_to_utf8((Str *)l->items[i], &lens[i]); total += (size_t)lens[i] + 1; }
    char *buf = GC_MALLOC_ATOMIC(total);
    size_t k = 0;
    for (int64_t i = 0; i < n; i++) { memcpy(buf + k, parts[i], (size_t)lens[i]); k += (size_t)lens[i]; buf[k++] = 0; }
    buf[k] = 0;
    complete_buf = buf;
    return buf;
}

int64_t tandem_exit_code(int64_t vm) {
    enter();
    return tandem_embed_exit_code ? leave(tandem_embed_exit_code(vm)) : 0;
}

void tandem_interrupt(int64_t vm) {
    /* The VM only sets a flag.  This may run on another thread while a call
       runs: the stack guard holds the worker's bounds, so lift it here. */
    if (!tandem_embed_interrupt) return;
    int64_t limit = rt_stack_limit;
    rt_stack_limit = 0;
    tandem_embed_interrupt(vm);
    rt_stack_limit = limit;
}
