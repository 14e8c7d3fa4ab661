import sys
from contextlib import contextmanager, suppress, ExitStack

class Timer:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"enter {self.label}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  " * Timer.depth + f"exit {self.label} exc={exc_type.__name__ if exc_type else None}")
        Timer.depth -= 1
        return exc_type is KeyError

with Timer("outer") as t:
    with Timer("inner"), Timer("inner2") as t2:
        print("body", t.label, t2.label)
    with Timer("swallow"):
        {}["missing"]
    print("after swallow")

try:
    with Timer("raise"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)

@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("[div]", end="")
    finally:
        print(f"</{name}>")

with tag("b") as n:
    print(n, end="")
with tag("i"):
    1 / 0
print("continues")

with suppress(IndexError, KeyError):
    [][1]
print("suppressed")

with ExitStack() as stack:
    names = [stack.enter_context(tag(x)) for x in "pq"]
    stack.callback(print, "callback ran")
    print(names)

class Resource:
    opened = []
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        Resource.opened.append(self.n)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.n)
        return False

def use(n):
    with Resource(n) as r:
        if n % 2:
            return f"early {r.n} open={Resource.opened}"
        print("even", Resource.opened)
    return f"late open={Resource.opened}"

print(use(1), use(2), Resource.opened)
for i in range(3):
    with Resource(i):
        if i == 1:
            continue
        print("loop", i, Resource.opened)
print(Resource.opened)
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print("a", "b", "c", sep="-", end="!\n")
print(*[1, 2, 3], sep="")
print()
print("x", end="")
print("y", sep="zz")
