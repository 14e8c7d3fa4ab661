class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("out of grid")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 2)
g[1, 0] = "#"; g[3, 1] = "@"
print(len(g), "#" in g, "x" in g, g[1, 0], g[0, 0])
for row in g:
    print(row)
del g[1, 0]; print(list(g))
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)))
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
with Ctx("a") as c, Ctx("b"):
    print("inside", c.name)
with Ctx("suppress"):
    raise KeyError("hidden")
print("after suppress")
try:
    with Ctx("propagate"):
        raise ValueError("shown")
except ValueError as e:
    print("got", e)
class Callable:
    def __call__(self, *a, **k):
        return f"called {a} {k}"
print(Callable()(1, x=2), callable(Callable()), callable(3))
