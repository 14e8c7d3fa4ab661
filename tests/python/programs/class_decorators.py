registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls
@register
@add_greeting
class Foo:
    pass
@register
class Bar(Foo):
    pass
print(sorted(registry), Bar().greet(), Foo().greet())
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
def trace(fn):
    depth = [0]
    def wrapper(n):
        depth[0] += 1
        r = fn(n)
        depth[0] -= 1
        return r
    wrapper.depth = depth
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact.depth, fact.__name__)
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@cached
def slow_square(x):
    print("computing", x)
    return x * x
print(slow_square(4), slow_square(4), len(slow_square.cache))
