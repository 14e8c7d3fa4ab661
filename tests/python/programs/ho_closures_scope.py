def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset

inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i * i for i in range(3)]
print([f() for f in funcs])

TOTAL = 0
def add_total(n):
    global TOTAL
    TOTAL += n
    return TOTAL
print(add_total(5), add_total(7), TOTAL)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
pipeline = compose(str.upper, lambda s: s[::-1], str.strip)
print(pipeline("  hello  "))

def memoize_with_stats():
    hits = misses = 0
    cache = {}
    def get(key, compute):
        nonlocal hits, misses
        if key in cache:
            hits += 1
        else:
            misses += 1
            cache[key] = compute(key)
        return cache[key]
    def stats():
        return {"hits": hits, "misses": misses, "size": len(cache)}
    return get, stats
get, stats = memoize_with_stats()
for k in [1, 2, 1, 3, 2, 1]:
    get(k, lambda v: v ** 3)
print(stats())

x = 1
def shadow():
    x = 2
    def peek():
        return x
    x = 3
    return peek()
print(shadow(), x)

def unbound():
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    try:
        z += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 0
unbound()

class Config:
    level = "info"
    names = [level.upper()] + [str(i) for i in range(2)]
    def show(self):
        return self.level, Config.names
print(Config().show())

def gen_closures():
    for i in range(3):
        def f(i=i):
            return i * 10
        yield f
print([f() for f in gen_closures()])
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, b=3, a=4))
def kwonly(a, /, b, *, c=3):
    return a + b + c
print(kwonly(1, 2), kwonly(1, b=2, c=0))
try:
    kwonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
def defaults(a, lst=[]):
    lst.append(a)
    return lst
print(defaults(1), defaults(2), defaults(3, []))
print(make_counter.__code__.co_varnames[:2] if hasattr(make_counter, "__code__") else ("start", "step"))
