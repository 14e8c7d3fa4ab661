def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
g = count(3)
print(next(g), next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g2 = gen_with_finally()
print(next(g2)); g2.close(); print("closed")
squares = (x * x for x in range(6))
print(list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "bbb", "cc"]))
def delegating():
    yield "start"
    result = yield from count(3)
    yield from ["x", "y"]
    yield "end"
print(list(delegating()))
