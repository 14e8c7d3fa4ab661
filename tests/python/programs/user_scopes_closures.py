# Counters, closures and the classic pitfalls, as seen in a tutorial script.
calls = 0


def tracked():
    global calls
    calls += 1
    return calls


for _ in range(3):
    tracked()
print("calls:", calls)


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

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
funcs = []
for name in ["a", "b"]:
    def show():
        return name
    funcs.append(show)
print([f() for f in funcs])


def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket


def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_bad(1), append_bad(2), append_bad.__defaults__)
print(append_good(1), append_good(2))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()


print(outer())


def shadow():
    try:
        print(value)
        value = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


value = "global"
shadow()


class Config:
    debug = False
    items = []

    def enable(self):
        self.debug = True

    def add(self, x):
        self.items.append(x)


a, b = Config(), Config()
a.enable()
a.add(1)
b.add(2)
print(a.debug, b.debug, Config.debug, a.items, Config.items)

x = 10


def read_global():
    return x + 1


def modify_local():
    x = 5
    return x


print(read_global(), modify_local(), x)
total = sum(x for x in range(4))
print(total, x)
squares = {n: n * n for n in range(5)}
print(squares, [(i, j) for i in range(3) for j in range(i)])


def accumulate_closure():
    results = []
    def add(v):
        results.append(v)
        return len(results)
    return add, results


add, res = accumulate_closure()
add("x")
add("y")
print(res, add.__closure__ is not None, len(add.__closure__))


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]


print([m(10) for m in make_multipliers()])


def counter_gen():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1


g = counter_gen()
print(next(g), next(g), next(g), g.send("reset"), next(g))
print(globals()["calls"], "tracked" in globals(), sorted(k for k in locals() if k.startswith("app")))


def deco_with_state(fn):
    fn.calls = 0
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper


@deco_with_state
def hello(n):
    return "hi" * n


hello(1)
hello(2)
print(hello.calls, hello(3))
lst = [1, 2, 3]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d, repr(lst), str([lst, d]))
t = ([],)
t[0].append(t)
print(t)
