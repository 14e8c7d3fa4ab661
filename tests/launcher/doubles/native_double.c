/* TEST DOUBLE of the native embedding C ABI (docs/embedding.md, "Native").
 * It is not a VM: each call prints what it received, so the launcher's
 * ctypes layer, worker thread and Ctrl-C path can be checked against a real
 * shared library before the native backend builds one.
 *   eval "exit N" -> status 2, exit code N;  "fail" -> status 1;
 *   "loop" -> runs until tandem_interrupt;  source ending in ':' is
 *   incomplete;  complete() offers alpha, alps, beta. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile int interrupted = 0;
static int64_t requested_exit = 0;
static char completions[256];

int64_t tandem_init(void) { return 0; }

int64_t tandem_create_vm(int64_t argc, const char **argv) {
    printf("create_vm");
    for (int64_t i = 0; i < argc; i++) printf(" [%s]", argv[i]);
    printf(argv[argc] == NULL ? "\n" : " (argv not NULL-terminated)\n");
    fflush(stdout);
    return 7;
}

int64_t tandem_configure(int64_t vm, const char *key, const char *value) {
    printf("configure %ld %s=%s\n", (long)vm, key, value);
    fflush(stdout);
    return strcmp(key, "classpath") == 0 || strcmp(key, "recursionlimit") == 0 ? 0 : 1;
}

int64_t tandem_run_file(int64_t vm, const char *path) {
    printf("run_file %ld %s\n", (long)vm, path);
    fflush(stdout);
    return 0;
}

int64_t tandem_run_main(int64_t vm, const char *name) {
    printf("run_main %ld %s\n", (long)vm, name);
    fflush(stdout);
    return 0;
}

int64_t tandem_eval(int64_t vm, const char *source, const char *filename,
                    const char *mode) {
    if (strncmp(source, "exit ", 5) == 0) {
        requested_exit = atoi(source + 5);
        return 2;
    }
    if (strncmp(source, "fail", 4) == 0) {
        fprintf(stderr, "Error: fail\n");
        return 1;
    }
    if (strncmp(source, "loop", 4) == 0) {
        printf("looping\n");
        fflush(stdout);
        while (!interrupted) usleep(1000);
        interrupted = 0;
        fprintf(stderr, "Interrupted\n");
        return 1;
    }
    size_t n = strlen(source);
    while (n > 0 && source[n - 1] == '\n') n--;
    printf("eval %ld %s %s [%.*s]\n", (long)vm, mode, filename, (int)n, source);
    fflush(stdout);
    return 0;
}

int64_t tandem_is_complete(int64_t vm, const char *source) {
    size_t n = strlen(source);
    while (n > 0 && (source[n - 1] == '\n' || source[n - 1] == ' ')) n--;
    return n > 0 && source[n - 1] == ':' ? 0 : 1;
}

const char *tandem_complete(int64_t vm, const char *prefix) {
    static const char *words[] = {"alpha", "alps", "beta"};
    const char *w = prefix + strlen(prefix);
    while (w > prefix && (w[-1] == '_' || (w[-1] >= 'a' && w[-1] <= 'z'))) w--;
    char *out = completions;
    for (int i = 0; i < 3; i++) {
        if (*w && strncmp(words[i], w, strlen(w)) == 0) {
            strcpy(out, words[i]);
            out += strlen(words[i]) + 1;
        }
    }
    *out = '\0';
    return completions;
}

int64_t tandem_exit_code(int64_t vm) { return requested_exit; }

void tandem_interrupt(int64_t vm) { interrupted = 1; }
