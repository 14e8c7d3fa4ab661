/* The C version of scheduler.py: tasks with a run function pointer. */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct Packet { struct Packet *next; long value; } Packet;
struct Sched;
typedef struct Task {
    struct Task *next; Packet *inbox; long runs;
    long (*run)(struct Task *, struct Sched *);
    long target, seq, factor, total, count;
} Task;
typedef struct Sched { Task *tasks[16]; int ntasks; Task *head; } Sched;

static void push(Task *t, Packet *p) {
    p->next = NULL;
    Packet *q = t->inbox;
    if (!q) { t->inbox = p; return; }
    while (q->next) q = q->next;
    q->next = p;
}
static Packet *pop(Task *t) { Packet *p = t->inbox; if (p) t->inbox = p->next; return p; }

static long run_sender(Task *t, Sched *s) {
    Packet *p = GC_MALLOC(sizeof(Packet));
    p->value = ++t->seq;
    push(s->tasks[t->target], p);
    return 1;
}
static long run_relay(Task *t, Sched *s) {
    long n = 0;
    for (Packet *p = pop(t); p; p = pop(t)) {
        p->value = (p->value * t->factor + 7) % 1000003;
        push(s->tasks[t->target], p);
        n++;
    }
    return n;
}
static long run_sink(Task *t, Sched *s) {
    (void)s;
    long n = 0;
    for (Packet *p = pop(t); p; p = pop(t)) { t->total = (t->total * 31 + p->value) % 1000000007; n++; }
    return n;
}
static long run_idle(Task *t, Sched *s) { (void)s; t->count++; return 0; }

static Task *task(long (*run)(Task *, Sched *), long target, long factor) {
    Task *t = GC_MALLOC(sizeof(Task));
    t->run = run; t->target = target; t->factor = factor;
    return t;
}
static void add(Sched *s, Task *t) { s->tasks[s->ntasks++] = t; t->next = s->head; s->head = t; }

int main(int argc, char **argv) {
    GC_INIT();
    long rounds = argc > 1 ? atol(argv[1]) : 1000;
    Sched *s = GC_MALLOC(sizeof(Sched));
    add(s, task(run_sink, 0, 0));
    add(s, task(run_relay, 0, 3));
    add(s, task(run_relay, 1, 5));
    add(s, task(run_relay, 2, 11));
    add(s, task(run_sender, 3, 0));
    add(s, task(run_sender, 2, 0));
    add(s, task(run_idle, 0, 0));
    long work = 0;
    for (long r = 0; r < rounds; r++)
        for (Task *t = s->head; t; t = t->next) { work += t->run(t, s); t->runs++; }
    printf("work %ld total %ld\n", work, s->tasks[0]->total);
    return 0;
}
