import math
class V:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x:g}, {self.y:g})"
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def dot(self, o): return self.x * o.x + self.y * o.y
    def angle(self): return math.degrees(math.atan2(self.y, self.x))
a, b = V(3, 4), V(1, -2)
print(a + b, a - b, a * 2, 0.5 * a, a / 2, -b, abs(a), a.dot(b), round(a.angle(), 3))
x, y = a
print(x, y, list(b), a == V(3, 4), V() == V(0, 0), tuple(a + V(1, 1)))
pts = [V(1, 1), V(-2, 0), V(0, 3)]
print(sorted(pts, key=abs), sum((p for p in pts), V()), max(pts, key=lambda p: p.y))
