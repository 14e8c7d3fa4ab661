import math
class Shape:
    name = "shape"
    def area(self):
        return 0.0
    def perimeter(self):
        return 0.0
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perim={self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
shapes = [Rect(2, 3), Square(2), Circle(1), Circle(0.5), Shape()]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).name, [type(s).__name__ for s in shapes if isinstance(s, Rect)])
print(sum(s.area() for s in shapes) > 10, Square.__mro__[1].__name__)
