"""Virtual methods, super() calls, class constants, isinstance and type()."""


class Shape:
    KIND = "shape"
    SIDES = 0
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return self.KIND + " " + self.name + " with " + str(self.SIDES) + " sides"

    def scale(self, k: float) -> "Shape":
        return self


class Rect(Shape):
    KIND = "rect"
    SIDES = 4
    w: float
    h: float

    def __init__(self, name: str, w: float, h: float) -> None:
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def scale(self, k: float) -> Shape:
        return Rect(self.name + "'", self.w * k, self.h * k)


class Square(Rect):
    KIND = "square"

    def __init__(self, name: str, side: float) -> None:
        super().__init__(name, side, side)

    def describe(self) -> str:
        return "[" + super().describe() + "]"

    def scale(self, k: float) -> Shape:
        return Square(self.name + "'", self.w * k)


class Circle(Shape):
    KIND = "circle"
    r: float

    def __init__(self, name: str, r: float) -> None:
        super().__init__(name)
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Triangle(Shape):
    KIND = "triangle"
    SIDES = 3
    b: float
    h: float

    def __init__(self, name: str, b: float, h: float) -> None:
        super().__init__(name)
        self.b = b
        self.h = h

    def area(self) -> float:
        return self.b * self.h / 2.0


def classify(s: Shape) -> str:
    if type(s) is Square:
        return "exactly a square"
    if isinstance(s, Rect):
        return "some rect"
    if isinstance(s, (Circle, Triangle)):
        return "round or pointy"
    return "unknown"


def total_area(shapes: list[Shape]) -> float:
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


def main(argv: list[str]) -> int:
    shapes: list[Shape] = [Rect("r1", 2.0, 3.0), Square("s1", 4.0),
                           Circle("c1", 1.5), Triangle("t1", 3.0, 5.0),
                           Shape("blob")]
    for s in shapes:
        print(s.describe(), "area", s.area(), "->", classify(s))
    print("total", total_area(shapes))
    scaled = [s.scale(2.0) for s in shapes]
    for s in scaled:
        print(s.name, s.KIND, s.area())
    print(Shape.KIND, Rect.SIDES, Square.SIDES, Square.KIND)
    sq = Square("s2", 1.0)
    r: Rect = sq
    print(r.describe(), isinstance(r, Square), isinstance(r, Circle))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
