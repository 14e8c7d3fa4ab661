"""Count N-queens solutions with permutations (size = n)."""
import sys


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


def n_queens(n):
    cols = list(range(n))
    count = 0
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            count += 1
    return count


n = int(sys.argv[1]) if len(sys.argv) > 1 else 6
print(n, n_queens(n))
