# Resource handling with class-based and generator-based context managers.
import contextlib
import io
import sys
from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, closing, nullcontext


class Timer:
    """Counts 'ticks' instead of time so the output is deterministic."""

    def __init__(self, name):
        self.name = name
        self.ticks = 0

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def tick(self, n=1):
        self.ticks += n

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: ticks={self.ticks} exc={exc_type.__name__ if exc_type else None}")
        return False


class Swallow:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return "swallow-value"

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print(f"swallowed {exc_type.__name__}: {exc}")
            return True
        return None


with Timer("outer") as t:
    t.tick(3)
    with Timer("inner") as t2:
        t2.tick()
print(t.ticks, t2.ticks)

try:
    with Timer("failing") as t:
        t.tick(2)
        raise KeyError("boom")
except KeyError as e:
    print("propagated", repr(e))

with Swallow(ZeroDivisionError, ValueError) as v:
    print("value is", v)
    1 / 0
    print("not reached")
print("after swallow")

try:
    with Swallow(ValueError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("TypeError escaped:", e)


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"!{e}")
        raise
    finally:
        log.append(f"</{name}>")


log = []
with tag("html", log) as h:
    with tag("body", log) as b:
        log.append(h + "/" + b)
print(log)
log = []
try:
    with tag("p", log):
        raise ValueError("bad markup")
except ValueError:
    pass
print(log)


@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print(f"rolled back after {type(e).__name__}")
    else:
        print("committed")


db = {"balance": 100}
with transaction(db) as d:
    d["balance"] -= 30
print(db)
with transaction(db) as d:
    d["balance"] -= 500
    if d["balance"] < 0:
        raise ArithmeticError("overdraft")
print(db)

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", "line", 2)
print("captured text:", repr(buf.getvalue()))


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def close(self):
        print("close", self.name)


with closing(Resource("socket")) as r:
    print("using", r.name)

with ExitStack() as stack:
    resources = [stack.enter_context(closing(Resource(f"file{i}"))) for i in range(3)]
    stack.callback(print, "callback registered last, runs first")
    print("working with", [r.name for r in resources])

with nullcontext(42) as value:
    print("nullcontext gave", value)


def maybe_lock(use_lock):
    return Timer("lock") if use_lock else nullcontext()


for flag in (True, False):
    with maybe_lock(flag):
        print("critical section", flag)

with open("ctx_demo.txt", "w") as fh:
    fh.write("line one\nline two\n")
print("closed after with:", fh.closed)
with open("ctx_demo.txt") as fh, Timer("reading") as t:
    for line in fh:
        t.tick()
        print("read:", line.rstrip())
try:
    fh.read()
except ValueError as e:
    print("ValueError:", e)


class Reentrant:
    depth = 0

    def __enter__(self):
        Reentrant.depth += 1
        print("  " * Reentrant.depth + f"depth {Reentrant.depth}")
        return self

    def __exit__(self, *exc):
        Reentrant.depth -= 1


r = Reentrant()
with r:
    with r:
        with r:
            pass
print("final depth", Reentrant.depth)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
