# Recursive algorithms and what happens at the recursion limit.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def flatten(x):
    if not isinstance(x, list):
        return [x]
    return [y for item in x for y in flatten(item)]


print(sys.getrecursionlimit())
print(depth(500), ackermann(2, 3), len(hanoi(6, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(len(permutations(list(range(5)))), permutations("ab") if False else permutations(["a", "b", "c"])[:3])
print(flatten([1, [2, [3, [4, [5]]]], [[6]]]))


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print("limited:", type(e).__name__, isinstance(e, RuntimeError))
print(depth(150))
sys.setrecursionlimit(5000)
print(depth(3000))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def height(self):
        return 1 + max((c.height() for c in self.children), default=0)

    def __repr__(self):
        if not self.children:
            return f"Node({self.value})"
        return f"Node({self.value}, {self.children!r})"


tree = Node(1, [Node(2, [Node(4), Node(5, [Node(8)])]), Node(3, [Node(6), Node(7)])])
print(tree.total(), tree.height())
print(tree)


def memo_fib(n, cache={}):
    if n in cache:
        return cache[n]
    result = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = result
    return result


print(memo_fib(300))


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(1000), mutual_odd(777))
chain = []
for i in range(3):
    chain = [chain]
print(chain, repr(chain).count("["))
nested = []
cur = nested
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested)[:20], len(str(nested)))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
sys.setrecursionlimit(60)


def boom(n):
    if n == 0:
        raise ValueError("bottom reached")
    return boom(n - 1)


boom(30)
