def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer result", r)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print("closing at", n)
        raise
c = counter(); next(c); next(c); c.close()
def pipeline(src):
    for x in src:
        if x % 3 == 0:
            yield x * 10
print(list(pipeline(range(10))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen))
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
