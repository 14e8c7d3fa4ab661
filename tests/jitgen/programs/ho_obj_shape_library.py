"""Shapes from a library module: an abstract base whose methods raise
NotImplementedError, overrides three levels deep with super() and an
explicit Base.__init__ call, class constants read through self, factories
stored as function values in the library's global dict, sorting by __lt__,
input lines parsed with float() whose ValueError is reported, exceptions of
the library caught by their base class (ValueError), and an uncaught
library exception at the end (CPython names it by its module)."""
from tests.jitgen.progmods.ho_obj_shapes_lib import (Circle, Rect, Shape, ShapeError, Square,
                                                     UnknownShape, build)


class Blob(Shape):
    """A shape of the program itself that forgets perimeter()."""
    size: float

    def __init__(self, size: float) -> None:
        super().__init__("blob")
        self.size = size

    def area(self) -> float:
        return self.size


SPECS = [
    "circle c1 1.5",
    "rect r1 2 3.5",
    "square s1 2",
    "triangle t1 3 4 5",
    "triangle bad 1 2 10",
    "circle c0 -1",
    "hexagon h1 1",
    "rect r2 2 x",
    "square  4",
    "circle c2 0.25",
]


def main(argv: list[str]) -> int:
    shapes: list[Shape] = []
    for spec in SPECS:
        kind, label, rest = spec.split(" ", 2)
        try:
            xs = [float(w) for w in rest.split()]
            s = build(kind, label, xs)
        except UnknownShape as e:
            print(f"skip {spec!r}: unknown kind {e.kind} ({e})")
            continue
        except ShapeError as e:
            print(f"skip {spec!r}: {e}")
            continue
        except ValueError as e:
            print(f"skip {spec!r}: {type(e).__name__}: {e}")
            continue
        shapes.append(s)
    shapes.append(Blob(0.5))
    for s in sorted(shapes):
        try:
            print(s.describe(), "perimeter", s.perimeter())
        except NotImplementedError as e:
            print(s.describe(), "- no perimeter:", e)
    print(shapes)
    big = [s for s in shapes if s.area() > 4]
    print(len(big), max([s.area() for s in big]), min(shapes).label, sorted(shapes, reverse=True)[0])
    sq = Square("q", 3)
    r = Rect("r", 3, 3)
    print(isinstance(sq, Rect), type(sq) is type(r), sq.area() == r.area(), sq < r, r < Circle("c", 1.7))
    try:
        Shape("plain").area()
    except NotImplementedError as e:
        print("abstract:", e)
    print(build("square", "", [1.0]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
