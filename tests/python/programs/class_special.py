class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Registry.subclasses.append(cls.__name__)
class P1(Registry):
    pass
class P2(Registry):
    pass
print(Registry.subclasses)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Str:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
print(Str(), str(Str()), repr(Str()), [Str()], f"{Str()}", f"{Str()!r}")
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), "x"))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) in [Eq(1)])
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print([o.v for o in sorted([Ordered(3), Ordered(1), Ordered(2)])])
print(Ordered(5) > Ordered(2))
class WithClassGetattr:
    attr = 1
print(getattr(WithClassGetattr, "attr"), WithClassGetattr.__dict__["attr"])
