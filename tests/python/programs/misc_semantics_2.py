import sys
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(t), sum(t), max(t))
def outer():
    x = []
    def add(v):
        x.append(v)
        return add
    return add, x
add, xs = outer()
add(1)(2)(3)
print(xs)
class Meta(type):
    def __call__(cls, *args, **kw):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kw)
class W(metaclass=Meta):
    def __init__(self, a): self.a = a
print(W(5).a)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return getattr(obj, self.name, "unset") if obj else self
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
class H:
    d = Desc()
h = H(); print(h.d); h.d = 4; print(h.d, h._d)
print(sorted([3, 1, 2], key=None), list(map(pow, [2, 3], [3, 2])))
print(any([]), all([]), list(zip()), dict(), set(), tuple(), str(), int(), float(), bool(), list())
try:
    print(undefined)
except NameError as e:
    print(e.name if hasattr(e, "name") else None, e)
g = (x for x in [1])
print(next(g), next(g, None))
print(sys.argv[0].endswith("misc_semantics_2.py"))
class Base:
    def __repr__(self): return f"<{self.__class__.__name__}>"
class Derived(Base): pass
print([Base(), Derived()], str(Derived()))
print("a b".split(" "), "".split(), "  ".split(" "), "a,".split(","))
print("x".center(4, "-"), "abc".rjust(2), format("x", "^5"), format(12, ""), format(True, ">6"))
print(int.__name__, len.__name__, print.__name__, (lambda: 0).__name__, Derived.__qualname__)
def f(a, b): pass
print(f.__code__.co_argcount if hasattr(f, "__code__") else 2)
