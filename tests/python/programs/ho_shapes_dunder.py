import math
from functools import total_ordering

@total_ordering
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() == other.area()
    def __lt__(self, other):
        return self.area() < other.area()
    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 6)))
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.3f})"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v <= 0:
            raise ValueError("radius must be positive")
        self._r = v
    def area(self):
        return math.pi * self._r ** 2

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __add__(self, other):
        if isinstance(other, Rect):
            return Rect(self.w + other.w, max(self.h, other.h))
        return NotImplemented
    def __mul__(self, k):
        return Rect(self.w * k, self.h * k)
    __rmul__ = __mul__
    def __bool__(self):
        return self.area() > 0
    def __contains__(self, pt):
        x, y = pt
        return 0 <= x <= self.w and 0 <= y <= self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")
    def __repr__(self):
        return "Sq" + super().__repr__()

shapes = [Circle(1), Rect(2, 3), Square(2), Rect(0, 5), Circle(0.5), Square(3)]
for s in sorted(shapes):
    print(s, bool(s) if isinstance(s, Rect) else "-")
print("count", Shape.count)
print(Rect(2, 2) == Square(2), Square(2) <= Circle(1), Square(2) >= Rect(1, 4), Circle(1) > Rect(3, 1))
print(Rect(1, 2) + Rect(3, 1), 3 * Rect(1, 1), Rect(1, 1) * 2)
print((1, 1) in Rect(2, 2), (3, 1) in Rect(2, 2))
c = Circle(2)
c.radius = 3
print(c.radius, round(c.area(), 4))
try:
    c.radius = -1
except ValueError as e:
    print("error:", e)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("not impl:", e)
try:
    Rect(1, 1) + 5
except TypeError as e:
    print("type error:", e)
print(len({Rect(2, 2), Square(2), Rect(4, 1)}))
print(Circle(1) == "circle", Circle(1) != 3)
print(max(shapes), min(shapes, key=lambda s: -s.area()))
print(sorted(shapes, key=lambda s: (type(s).__name__, s.area()), reverse=True)[:3])
