class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(A(1) == A(1), A(1) != A(1))
class B:
    @classmethod
    def make(cls): return cls.__name__
class C(B):
    @classmethod
    def make(cls): return "C+" + super().make()
print(C.make())
class N:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x): self.x = x
n = N(3); print(n.created, n.x)
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
x = 5
del x
try:
    x
except NameError as err:
    print(err)
print(dict(a=1, **{"b": 2}), sorted({"b": 2, "a": 1}, key=lambda k: -ord(k)))
def gen(): yield from range(3)
print(",".join(str(i) for i in gen()), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
class P:
    @property
    def v(self): return 1
class Q(P):
    @property
    def v(self): return super().v + 1
print(Q().v)
print(isinstance(True, int), True == 1, {True: "a", 1: "b"}, 1 in {True})
print(type(1 if True else 2.0), (1, 2) + (3,), [1] * 0, "%s" % [1, 2], "%s" % (1,))
a, *b = (1,)
print(a, b)
print([i for i in range(3)][-1], list(range(10))[::3], "".join(reversed("abc")))
i = 10
for i in range(3): pass
print(i)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(0.45, 1), round(1e300, 2))
print(f"{'%'}", f"{{}}", f"{3!r:>4}")
def kw(**k): return k
print(kw(**{"a": 1}, b=2))
print(sum([[1], [2]], []), max("abc", key=ord), sorted([(1, 'b'), (1, 'a')]))
print(str(12345678901234567890 * 10), -7 // 7, (-7) % 7, 7 % 7)
print(1e308 * 10, -1e308 * 10, float('nan') == float('nan'))
print([0.1 * i for i in range(4)])
