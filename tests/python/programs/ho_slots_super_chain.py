class Base:
    __slots__ = ("id",)
    def __init__(self, id):
        self.id = id
    def describe(self):
        return f"Base#{self.id}"

class Named(Base):
    __slots__ = ("name",)
    def __init__(self, id, name):
        super().__init__(id)
        self.name = name
    def describe(self):
        return super().describe() + f" name={self.name}"

class Tagged(Named):
    __slots__ = ("tags",)
    def __init__(self, id, name, *tags):
        super().__init__(id, name)
        self.tags = list(tags)
    def describe(self):
        return super().describe() + f" tags={self.tags}"

t = Tagged(1, "x", "a", "b")
print(t.describe())
try:
    t.other = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(t, "__dict__"), Tagged.__slots__, isinstance(t, Base))

class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])

class Mixin:
    def __init__(self, **kw):
        self.mixed = True
        super().__init__(**kw)
class Core:
    def __init__(self, value=0):
        self.value = value
class Thing(Mixin, Core):
    pass
th = Thing(value=3)
print(th.mixed, th.value)

class Counter:
    instances = 0
    def __new__(cls, *args):
        Counter.instances += 1
        return super().__new__(cls)
    def __init__(self, start=0):
        self.n = start
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def helper(x):
        return x * 2
class SubCounter(Counter):
    def __init__(self, start=0):
        super().__init__(start * 10)
print(Counter.make(2).n, SubCounter.make(2).n, type(SubCounter.make(1)).__name__, Counter.instances, SubCounter.helper(4))

class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
tmp = Temperature(100)
print(tmp.fahrenheit)
tmp.fahrenheit = 32
print(tmp.celsius)
try:
    tmp.celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
del tmp.celsius
print(hasattr(tmp, "_c"))

class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def __len__(self):
        return 1 + sum(len(c) for c in self.children)
    def __getitem__(self, i):
        return list(self)[i]
    def __repr__(self):
        return f"Node({self.val})"
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), len(tree), tree[2], tree[-1], 4 in tree, sorted(tree, reverse=True))
print(isinstance(tree, object), issubclass(D, A), issubclass(bool, int), type(t).__mro__[1].__name__)
print(B.hello is A.hello, D.hello.__qualname__, Tagged.describe.__name__)
