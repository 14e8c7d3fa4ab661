/* Host externals used by the VMs: clocks, sleep, directory listing. */
#define _GNU_SOURCE
#include "rt.h"
#include <dirent.h>
#include <string.h>
#include <time.h>
#include <errno.h>
#include <unistd.h>
#include <stdlib.h>

static double clock_of(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double rt_ext_time_time(void) { return clock_of(CLOCK_REALTIME); }
double rt_ext_time_perf_counter(void) { return clock_of(CLOCK_MONOTONIC); }
double rt_ext_clock_seconds(void) { return clock_of(CLOCK_MONOTONIC); }

void rt_ext_time_sleep(double seconds) {
    if (!(seconds > 0)) return;
    struct timespec ts;
    ts.tv_sec = (time_t)seconds;
    ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

static int cmp_str(const void *a, const void *b) {
    extern int64_t rt_str_cmp(Str *, Str *);
    int64_t c = rt_str_cmp(*(Str *const *)a, *(Str *const *)b);
    return c < 0 ? -1 : c > 0;
}

/* sorted names of a folder's entries (without . and ..); [] on error */
List *rt_ext_list_dir(Str *path) {
    List *l = rt_list_new(0, 0);
    char *p = rt_str_to_utf8(path, NULL);
    DIR *d = opendir(p);
    if (!d) return l;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        rt_list_append(l, (word)rt_str_from_cstr(e->d_name));
    }
    closedir(d);
    qsort(l->items, (size_t)l->len, sizeof(word), cmp_str);
    return l;
}

/* the current working directory, as Python's os.getcwd() */
Str *rt_ext_io_getcwd(void) {
    char buf[4096];
    if (getcwd(buf, sizeof buf) == NULL) return rt_str_from_cstr(".");
    return rt_str_from_cstr(buf);
}
