def gen():
    x = 0
    while True:
        cmd = yield x
        if cmd == "inc":
            x += 1
        elif cmd == "dec":
            x -= 1
        elif cmd == "stop":
            return x
g = gen()
print(next(g), g.send("inc"), g.send("inc"), g.send("dec"), g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("final", e.value)
print(next(g, "exhausted"))
def g2():
    yield 1
g = g2()
try:
    g.send(5)
except TypeError as e:
    print(e)
def closer():
    try:
        yield "a"
        yield "b"
    finally:
        print("closer finalized")
c = closer()
print(next(c))
c.close()
print(list(c))
def thrower():
    while True:
        try:
            yield
        except KeyError as e:
            print("swallowed", e)
t = thrower(); next(t); t.throw(KeyError("k1")); t.throw(KeyError("k2"))
try:
    t.throw(ValueError("not swallowed"))
except ValueError as e:
    print("escaped", e)
