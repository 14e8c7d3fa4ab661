/* Binary trees: the C version of binary_trees.py (Boehm GC, like the
   translated program, so both pay for allocation the same way). */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct Node { struct Node *left, *right; } Node;

static Node *make(int depth) {
    Node *n = GC_MALLOC(sizeof(Node));
    if (depth > 0) { n->left = make(depth - 1); n->right = make(depth - 1); }
    return n;
}

static long check(Node *n) {
    if (!n->left || !n->right) return 1;
    return 1 + check(n->left) + check(n->right);
}

int main(int argc, char **argv) {
    GC_INIT();
    int max_depth = argc > 1 ? atoi(argv[1]) : 10;
    Node *long_lived = make(max_depth);
    for (int d = 4; d <= max_depth; d += 2) {
        long iterations = 1L << (max_depth - d + 4), total = 0;
        for (long i = 0; i < iterations; i++) total += check(make(d));
        printf("%ld trees of depth %d check %ld\n", iterations, d, total);
    }
    printf("long lived tree of depth %d check %ld\n", max_depth, check(long_lived));
    return 0;
}
