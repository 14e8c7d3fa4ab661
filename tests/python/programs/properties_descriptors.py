class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(20); print(t.c, t.f); t.c = 30; print(t.f)
try:
    t.c = -300
except ValueError as e:
    print("error:", e)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError")
class Counter:
    total = 0
    @classmethod
    def make(cls):
        cls.total += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
Counter.make(); Counter.make(); print(Counter.total, Counter.helper(4), Counter().helper(5))
class Typed:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("must be int")
        obj.__dict__[self.name] = value
class Point:
    x = Typed("x")
    def __init__(self, x):
        self.x = x
print(Point(3).x)
try:
    Point("a")
except TypeError as e:
    print(e)
class Lazy:
    def __getattr__(self, name):
        return name.upper()
print(Lazy().hello)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted(); s.b = 2; print(s.a, s.b)
try:
    s.c = 3
except AttributeError:
    print("no c")
