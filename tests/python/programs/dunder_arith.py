class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b), a == Vec(1, 2), a != b)
print(bool(Vec(0, 0)), bool(a), len({a, Vec(1, 2), b}))
c = a; c += b; print(a, c is a)
try:
    a * "x"
except TypeError as e:
    print(e)
try:
    a + 1
except AttributeError as e:
    print("AttributeError")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
ms = [Money(500), Money(150), Money(999)]
print(sorted(ms), min(ms), max(ms), Money(1) > Money(0), Money(3) >= Money(3))
try:
    Vec(1, 1) < Vec(2, 2)
except TypeError as e:
    print(e)
