def worker(name, log):
    log.append(f"{name} start")
    try:
        total = 0
        while True:
            item = yield total
            if item is None:
                break
            total += item
        return total
    except GeneratorExit:
        log.append(f"{name} closed")
        raise
    finally:
        log.append(f"{name} cleanup")

log = []
g = worker("a", log)
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)
g2 = worker("b", log)
next(g2)
g2.send(1)
g2.close()
print(log)

def delegator(log):
    result = yield from worker("inner", log)
    log.append(f"inner gave {result}")
    yield result * 100

log2 = []
d = delegator(log2)
print(next(d), d.send(2), d.send(3), d.send(None))
print(log2)

def resilient():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
r = resilient()
next(r)
r.send(1)
r.throw(ValueError("oops"))
r.send(2)
try:
    r.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(r.gi_running if hasattr(r, "gi_running") else False)

def numbered(lines):
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        yield f"{i:03d}: {line}"

def grep(pattern, lines):
    return (l for l in lines if pattern in l)

text = ["alpha beta", "", "gamma alpha", "delta", "  ", "alphabet"]
for out in grep("alpha", numbered(text)):
    print(out)
squares = (n * n for n in range(10))
evens = (s for s in squares if s % 2 == 0)
print(sum(evens), list(evens))
def take(n, it):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, naturals())), list(take(3, iter("ab"))))
gen = (c.upper() for c in "xyz")
print(type(gen).__name__, next(gen), [*gen])
def bad_gen():
    yield 1
    raise RuntimeError("inside generator")
try:
    for v in bad_gen():
        print("value", v)
except RuntimeError as e:
    print("caught", e)
