class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __iter__(self): return iter((self.x, self.y))
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
    def __lt__(self, o): return abs(self) < abs(o)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __invert__(self): return V(self.y, self.x)
    def __round__(self, n=0): return V(round(self.x, n), round(self.y, n))
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __iadd__(self, o): self.x += o.x; self.y += o.y; return self
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __int__(self): return int(abs(self))
    def __float__(self): return float(abs(self))
    def __index__(self): return int(abs(self))
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __bool__(self): return bool(self.x or self.y)
v = V(3, 4)
print(abs(v), -v, +v, ~v, round(V(1.26, 2.5), 1), v // 2, v / 2, v % 2, v[1], len(v), int(v), float(v), bin(v), [0] * 1 + [list(range(10))[v]])
w = V(1, 1); w += V(2, 3); print(w, sorted([V(3, 4), V(1, 0), V(0, 2)]), max(V(1, 1), V(0, 3)), f"{v:.2f}", "{:>3}".format(v))
print(V(0, 0) or "falsy", {V(1, 2): "a"}[V(1, 2)], V(1, 2) in [V(1, 2)], bool(V(0, 0)), hex(v), "abcdefg"[v])
print(divmod(-7, 2), pow(-2, 3), pow(2, -1), pow(-8, 1/3) if False else 0, 7 .__rtruediv__(2), (2).__pow__(10), int.__add__(1, 2))
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o):
        if isinstance(o, int): return Money(self.cents + o)
        if isinstance(o, Money): return Money(self.cents + o.cents)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self): return f"${self.cents / 100:.2f}"
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents
print(sum([Money(150), Money(275)]), 5 + Money(1), Money(1) + Money(2), Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1)
try: Money(1) + "x"
except TypeError as e: print(e)
try: "x" + Money(1)
except TypeError as e: print(e)
try: Money(1) < Money(2)
except TypeError as e: print(e)
try: hash(Money(1))
except TypeError as e: print(e)
class Temp:
    def __init__(self, d): self.d = d
    def __lt__(self, o): return self.d < o.d
    def __repr__(self): return f"T{self.d}"
print(sorted([Temp(3), Temp(1)]), max(Temp(3), Temp(5)), Temp(1) > Temp(0))
try: Temp(1) <= Temp(2)
except TypeError as e: print(e)
