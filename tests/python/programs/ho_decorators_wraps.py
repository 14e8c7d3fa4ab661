import functools

calls = []

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        argstr = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        calls.append(f"{fn.__name__}({argstr})")
        result = fn(*args, **kwargs)
        calls.append(f"-> {result!r}")
        return result
    return wrapper

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@trace
def add(a, b=10, *, scale=1):
    """Add two numbers."""
    return (a + b) * scale

@repeat(3)
def shout(word):
    return word.upper() + "!"

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(add(1), add(2, 3), add(1, b=2, scale=4))
print("\n".join(calls))
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))
print(shout("hey"), shout.__name__)
print(fib(60), len(fib.cache), fib.__name__)

counter = 0
def counted(fn):
    def wrapper(*a, **k):
        global counter
        counter += 1
        return fn(*a, **k)
    return wrapper

@counted
@trace
def mul(x, y):
    return x * y

print(mul(3, 4), mul("ab", 2), counter)

class Registry:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def fire(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]

bus = Registry()
@bus.on("greet")
def hello(name):
    return f"hello {name}"
@bus.on("greet")
def hi(name):
    return f"hi {name}"
print(bus.fire("greet", "ann"), bus.fire("none"))

@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100))
p = functools.partial(add.__wrapped__, b=100)
print(p(1), p(2, scale=2))
print(functools.reduce(lambda a, b: a * b, range(1, 15)))
